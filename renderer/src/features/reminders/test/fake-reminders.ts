import type { RemindersState } from '@shared/contract/reminders'
import { systemOffsetMin } from '@shared/domain/clock'
import {
  defaultReminderSettings,
  instantOf,
  localDay,
  pickMessage,
  previewReminders,
  reminderKinds,
  snoozeChoices,
  startPause,
  type ReminderKind,
  type ReminderSettings,
  type ShownReminder,
  type UpcomingReminder,
} from '@shared/domain/reminders'

const GLASS_ML = 250

/**
 * Main's reminders, in memory, for the fake bridge: settings, a snapshot
 * with upcoming times from the real preview rules, shown reminders waiting
 * for an answer, pause, and today's water. Time is the machine's own, unless
 * a test sets `now`.
 */
export class FakeReminders {
  settings: ReminderSettings = structuredClone(defaultReminderSettings)
  pause: RemindersState['snapshot']['pause'] = null
  shown: ShownReminder[] = []
  waterMl = 0
  version = 0
  now: () => number = () => Date.now()

  state(): RemindersState {
    const upcoming = this.pause ? [] : this.upcoming(this.settings)
    return {
      snapshot: {
        version: this.version,
        pause: this.pause,
        upcoming: firstOfEachKind(upcoming),
        held: [],
        pending: this.shown.map((r) => ({
          id: r.id,
          kind: r.kind,
          dueAt: r.dueAt,
          firedAt: r.firedAt,
          messageId: r.message.id,
        })),
      },
      shown: this.shown,
    }
  }

  /** Today's remaining reminders for these settings (the Settings preview). */
  upcoming(settings: ReminderSettings): UpcomingReminder[] {
    const now = this.now()
    const endOfDay = instantOf(localDay(now, systemOffsetMin, 1), '00:00', systemOffsetMin)
    return previewReminders({ settings, pause: null, offsetAt: systemOffsetMin }, now, endOfDay)
  }

  /** A reminder showing now, as main would send with `reminders:shown`. */
  show(kind: ReminderKind, id = `${kind}-${this.shown.length + 1}`): ShownReminder {
    const at = this.now()
    const reminder: ShownReminder = {
      id,
      kind,
      dueAt: at,
      firedAt: at,
      message: pickMessage(kind, null, () => 0),
      opens: reminderKinds[kind].opens,
      snoozeChoices: [...snoozeChoices],
    }
    this.shown.push(reminder)
    this.version++
    return reminder
  }

  respond(id: string): boolean {
    const before = this.shown.length
    this.shown = this.shown.filter((r) => r.id !== id)
    this.version++
    return this.shown.length < before
  }

  drankWater(): number {
    this.waterMl += GLASS_ML
    return this.waterMl
  }

  pauseFor(option: Parameters<typeof startPause>[0]): void {
    this.pause = startPause(option, this.now(), systemOffsetMin)
    this.version++
  }

  resume(): void {
    this.pause = null
    this.version++
  }
}

function firstOfEachKind(list: readonly UpcomingReminder[]): UpcomingReminder[] {
  const seen = new Set<ReminderKind>()
  return list.filter((r) => !seen.has(r.kind) && seen.add(r.kind))
}
