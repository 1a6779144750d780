import { differenceInCalendarDays, parseISO } from 'date-fns'
import type { Workout } from './session'

// Training load, as the evidence in CONTENT.md "Training load" allows:
// session load is effort × minutes where effort is known (Foster 2001),
// otherwise minutes and distance; the signals compare a person with their
// own recent past, never with a risk score.

/** What the load rules read of a session (tests and callers pass just these). */
export type LoadInput = Pick<
  Workout,
  | 'localDate'
  | 'startedAt'
  | 'movingSeconds'
  | 'elapsedSeconds'
  | 'distanceMeters'
  | 'effort'
  | 'sport'
>

export interface SessionLoad {
  minutes: number
  km: number | null
  /** effort 0-10 × minutes; null where the effort is not known. */
  effortMinutes: number | null
}

export function sessionLoad(w: LoadInput): SessionLoad {
  const minutes = (w.movingSeconds ?? w.elapsedSeconds) / 60
  return {
    minutes,
    km: w.distanceMeters === null ? null : w.distanceMeters / 1000,
    effortMinutes: w.effort === null ? null : w.effort * minutes,
  }
}

/** How a session compares with the longest of the 30 days before it (Frandsen et al. 2025). */
export type LengthSignal = 'usual' | 'longer' | 'more-than-double'

export interface LengthComparison {
  signal: LengthSignal
  /** km for sessions with a distance on both sides, else minutes. */
  unit: 'km' | 'min'
  that: number
  longestBefore: number
}

const size = (w: LoadInput, unit: 'km' | 'min') =>
  unit === 'km' ? (w.distanceMeters ?? 0) / 1000 : sessionLoad(w).minutes

/**
 * The session against the longest same-sport session of the 30 days
 * before it: 10% or more longer is "longer", more than twice is "more than
 * double". Null when there is nothing in those 30 days to compare with.
 */
export function compareWithLongest(
  session: LoadInput,
  history: readonly LoadInput[],
): LengthComparison | null {
  const day = parseISO(session.localDate)
  const before = history.filter((w) => {
    const gap = differenceInCalendarDays(day, parseISO(w.localDate))
    return w.sport === session.sport && w.startedAt < session.startedAt && gap >= 0 && gap <= 30
  })
  if (before.length === 0) return null
  const unit =
    session.distanceMeters !== null && before.every((w) => w.distanceMeters !== null) ? 'km' : 'min'
  const longestBefore = Math.max(...before.map((w) => size(w, unit)))
  const that = size(session, unit)
  if (longestBefore <= 0) return null
  const ratio = that / longestBefore
  const signal: LengthSignal = ratio > 2 ? 'more-than-double' : ratio >= 1.1 ? 'longer' : 'usual'
  return { signal, unit, that, longestBefore }
}

/** Weekly minutes and km (Monday-start weeks, keyed by their Monday). */
export function weeklyLoad(workouts: readonly LoadInput[], mondayOf: (date: string) => string) {
  const weeks = new Map<string, { minutes: number; km: number; effortMinutes: number }>()
  for (const w of workouts) {
    const key = mondayOf(w.localDate)
    const load = sessionLoad(w)
    const week = weeks.get(key) ?? { minutes: 0, km: 0, effortMinutes: 0 }
    week.minutes += load.minutes
    week.km += load.km ?? 0
    week.effortMinutes += load.effortMinutes ?? 0
    weeks.set(key, week)
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, load]) => ({ week, ...load }))
}

/**
 * Week-on-week growth over 30% (Nielsen et al. 2014, novice runners, weekly
 * distance): each week whose minutes rose more than 30% over the week before.
 */
export function fastWeeklyIncreases(weeks: readonly { week: string; minutes: number }[]): string[] {
  const out: string[] = []
  for (let i = 1; i < weeks.length; i++) {
    const prev = weeks[i - 1]
    const cur = weeks[i]
    if (prev && cur && prev.minutes > 0 && cur.minutes > prev.minutes * 1.3) out.push(cur.week)
  }
  return out
}

/**
 * Acute:chronic said as a plain comparison (never a risk score: the ratio
 * is disputed, Lolli 2019, Impellizzeri 2020).
 */
export function describeAcuteChronic(
  thisWeekMinutes: number,
  lastFourWeeksMinutes: readonly number[],
): string | null {
  if (lastFourWeeksMinutes.length < 4) return null
  const average = lastFourWeeksMinutes.reduce((s, m) => s + m, 0) / lastFourWeeksMinutes.length
  if (average <= 0) return null
  const times = thisWeekMinutes / average
  return `This week: ${Math.round(thisWeekMinutes)} minutes, about ${times.toFixed(1)} times your average week of the 4 before (${Math.round(average)} minutes). This describes your training; it does not predict anything.`
}

/** A pace well above the person's usual: 10% or more faster than their median pace of the 30 days before (3+ sessions). */
export function fasterThanUsual(session: LoadInput, history: readonly LoadInput[]): boolean {
  const pace = (w: LoadInput) =>
    w.distanceMeters ? sessionLoad(w).minutes / (w.distanceMeters / 1000) : null
  const own = pace(session)
  if (own === null) return false
  const day = parseISO(session.localDate)
  const paces = history
    .filter((w) => {
      const gap = differenceInCalendarDays(day, parseISO(w.localDate))
      return w.sport === session.sport && w.startedAt < session.startedAt && gap >= 0 && gap <= 30
    })
    .map(pace)
    .filter((p): p is number => p !== null)
    .sort((a, b) => a - b)
  if (paces.length < 3) return false
  const mid = Math.floor(paces.length / 2)
  const median =
    paces.length % 2
      ? (paces[mid] as number)
      : ((paces[mid - 1] as number) + (paces[mid] as number)) / 2
  return own <= median * 0.9
}
