import type { RemindersState } from '../../../shared/contract/reminders'
import type { Clock } from '../../../shared/domain/clock'
import {
  atLabel,
  nextLabel,
  pauseLabel,
  reminderKinds,
  type ReminderSnapshot,
} from '../../../shared/domain/reminders'

/**
 * What the tray shows, as plain data: the menu is rebuilt only when this
 * changes, and the tooltip is set only when its text does.
 */
export interface TrayModel {
  /** False while storage is unavailable: only Open and Quit make sense then. */
  reminders: boolean
  /** Disabled lines at the top: the pause, then each active reminder's next time. */
  status: string[]
  paused: boolean
}

const offsetAtOf = (clock: Clock) => (at: number) => clock.utcOffsetMin(at)

/**
 * Menu lines use clock times ("Move at 14:30"), not "in 12 min", so an open
 * menu never shows a stale countdown and the menu needs no ticking refresh.
 */
export function trayModel(state: RemindersState | null, clock: Clock): TrayModel {
  if (!state) return { reminders: false, status: [], paused: false }
  const { snapshot } = state
  const now = clock.now()
  const offsetAt = offsetAtOf(clock)
  const status = snapshot.upcoming.map(
    ({ kind, at }) => `${reminderKinds[kind].label} ${atLabel(at, now, offsetAt)}`,
  )
  if (snapshot.pause) status.unshift(pauseLabel(snapshot.pause, now, offsetAt))
  if (status.length === 0) status.push('No reminders coming up')
  return { reminders: true, status, paused: snapshot.pause !== null }
}

/**
 * "Limber · Move in 12 min": the soonest reminder, or the pause; while an
 * experiment runs, tonight's line under it ("Night 9 of 56. Tonight: …").
 */
export function trayTooltip(
  snapshot: ReminderSnapshot | null,
  clock: Clock,
  experimentLine: string | null = null,
): string {
  const head = reminderTooltip(snapshot, clock)
  return experimentLine ? `${head}\n${experimentLine}` : head
}

function reminderTooltip(snapshot: ReminderSnapshot | null, clock: Clock): string {
  if (!snapshot) return 'Limber'
  const now = clock.now()
  const offsetAt = offsetAtOf(clock)
  if (snapshot.pause) return `Limber · ${pauseLabel(snapshot.pause, now, offsetAt)}`
  const next = snapshot.upcoming[0]
  if (!next) return 'Limber'
  return `Limber · ${nextLabel(next.kind, next.at, now, offsetAt)}`
}

/** Equal keys mean the same menu: nothing to rebuild. */
export function trayModelKey(model: TrayModel): string {
  return JSON.stringify(model)
}
