import type { LiveEpisode } from '../../../shared/contract/journal'
import type { RemindersState } from '../../../shared/contract/reminders'
import type { Clock } from '../../../shared/domain/clock'
import {
  atLabel,
  nextLabel,
  pauseLabel,
  reminderKinds,
  type PostponeOption,
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
  /** The soonest reminder and the postpone choices that can still show it; null when none. */
  postpone: { label: string; choices: PostponeOption[] } | null
  /** The cramp timer, while one runs: "Cramp timer running since 10:32". */
  live: { line: string; stopped: boolean } | null
}

/** What the tray knows besides the reminders' snapshot. */
export interface TrayExtras {
  live: LiveEpisode | null
  postponeChoices: PostponeOption[]
}

const noExtras: TrayExtras = { live: null, postponeChoices: [] }

const offsetAtOf = (clock: Clock) => (at: number) => clock.utcOffsetMin(at)

/**
 * Menu lines use clock times ("Move at 14:30"), not "in 12 min", so an open
 * menu never shows a stale countdown and the menu needs no ticking refresh.
 */
export function trayModel(
  state: RemindersState | null,
  clock: Clock,
  extras: TrayExtras = noExtras,
): TrayModel {
  const now = clock.now()
  const offsetAt = offsetAtOf(clock)
  const live = extras.live
    ? { line: liveLine(extras.live, now, offsetAt), stopped: extras.live.stoppedAt !== null }
    : null
  if (!state) return { reminders: false, status: [], paused: false, postpone: null, live }
  const { snapshot } = state
  const next = snapshot.upcoming[0]
  const postpone =
    next && extras.postponeChoices.length > 0
      ? {
          label: `Postpone ${reminderKinds[next.kind].label} (${atLabel(next.at, now, offsetAt).replace(/^at /, '')})`,
          choices: extras.postponeChoices,
        }
      : null
  const status = snapshot.upcoming.map(
    ({ kind, at }) => `${reminderKinds[kind].label} ${atLabel(at, now, offsetAt)}`,
  )
  if (snapshot.pause) status.unshift(pauseLabel(snapshot.pause, now, offsetAt))
  if (status.length === 0) status.push('No reminders coming up')
  return { reminders: true, status, paused: snapshot.pause !== null, postpone, live }
}

/** "Cramp timer running since 10:32", or, once "It's over" was pressed, waiting for its answers. */
function liveLine(live: LiveEpisode, now: number, offsetAt: (at: number) => number): string {
  const since = atLabel(live.startedAt, now, offsetAt).replace(/^at /, '')
  return live.stoppedAt === null
    ? `Cramp timer running since ${since}`
    : `Cramp from ${since}: add its details`
}

/**
 * "Limber · Move in 12 min": the soonest reminder, or the pause; while an
 * experiment runs, tonight's line under it ("Night 9 of 56. Tonight: …").
 */
export function trayTooltip(
  snapshot: ReminderSnapshot | null,
  clock: Clock,
  experimentLine: string | null = null,
  live: LiveEpisode | null = null,
): string {
  // A running cramp timer comes first: it is what the user is in the middle of.
  const head = live
    ? `Limber · ${liveLine(live, clock.now(), offsetAtOf(clock))}`
    : reminderTooltip(snapshot, clock)
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
