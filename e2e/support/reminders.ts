/**
 * The computer around the app, for reminder specs: idle time, sleep, the
 * lock screen, and the reminders' own times. The harness runs in the test's
 * process, so reading reminder state here needs no page.
 */

import type { RemindersState } from '../../shared/contract'
import type {
  BusySignal,
  ReminderKind,
  ReminderSettings,
  ShownReminder,
} from '../../shared/domain/reminders'
import type { RemindersService } from '../../electron/services/reminders/service'
import { CONTROL_HEADER } from '../harness/server'
import type { LimberApp } from './app'

/** What Electron's powerMonitor reports; the harness passes it to the reminders. */
export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock'

/** The user last touched keyboard or mouse `seconds` ago; 0 means they are back and active. */
export async function setSystemIdle(app: LimberApp, seconds: number): Promise<void> {
  await control(app, 'idle', { seconds })
}

/** What the busy detectors say from now on: in a call (camera, microphone), full screen, or null. */
export async function setBusy(app: LimberApp, signal: BusySignal | null): Promise<void> {
  await control(app, 'busy', { signal })
}

/** Sleep, wake, lock or unlock, as the OS would report it. Answers the new reminders state. */
export async function power(app: LimberApp, event: PowerEvent): Promise<RemindersState> {
  const body = (await control(app, 'power', { event })) as { state: RemindersState }
  return body.state
}

/** The reminders as main sees them now (the tray's snapshot plus what is on screen). */
export function reminderState(app: LimberApp): RemindersState {
  return running(app).state()
}

/** When the next reminder of `kind` is due (epoch ms), or null if it has none. */
export function nextReminderAt(app: LimberApp, kind: ReminderKind): number | null {
  return reminderState(app).snapshot.upcoming.find((u) => u.kind === kind)?.at ?? null
}

/**
 * Moves main's clock to the next reminder of `kind` so it shows, and returns
 * it. Timers passed on the way fire at their own times, as on a computer
 * left awake.
 */
export async function advanceToReminder(
  app: LimberApp,
  kind: ReminderKind,
): Promise<ShownReminder> {
  const at = nextReminderAt(app, kind)
  if (at === null) throw new Error(`No ${kind} reminder is coming up`)
  await app.clock({ set: at })
  const shown = reminderState(app).shown.find((s) => s.kind === kind && s.dueAt === at)
  if (!shown)
    throw new Error(`The ${kind} reminder due at ${new Date(at).toISOString()} did not show`)
  return shown
}

/** Saves reminder settings (checked as the Settings screen's are) before or during a spec. */
export function saveReminderSettings(
  app: LimberApp,
  settings: Partial<ReminderSettings>,
): ReminderSettings {
  const r = running(app)
  return r.saveSettings({ ...r.settings().settings, ...settings }).settings
}

/**
 * Pretends the user is in a zone with this fixed UTC offset. Saving the same
 * settings again makes the reminders work their times out in the new zone
 * (the harness has no OS time-zone-change event).
 */
export async function useUtcOffset(app: LimberApp, minutes: number | null): Promise<void> {
  await app.clock({ utcOffsetMin: minutes })
  const r = running(app)
  r.saveSettings(r.settings().settings)
}

function running(app: LimberApp): RemindersService {
  const reminders = app.harness.core.reminders()
  if (!reminders) throw new Error('Reminders are not running: the database is not available')
  return reminders
}

async function control(app: LimberApp, action: string, body: unknown): Promise<unknown> {
  const { origin, controlToken } = app.harness
  const res = await fetch(`${origin}/__limber/control/${action}`, {
    method: 'POST',
    headers: { [CONTROL_HEADER]: controlToken, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as unknown
  if (!res.ok) throw new Error(`control/${action} failed (${res.status}): ${JSON.stringify(json)}`)
  return json
}
