import { shiftDate, weekdayFromMonday } from '../local-time'
import type { TrendRange } from './types'

/* Weeks start on Monday everywhere in Trends and the report. */

/** The Monday (local date) of the week a local date falls in. */
export function weekStartOf(date: string): string {
  return shiftDate(date, -weekdayFromMonday(date))
}

/**
 * Every week's Monday from the week of `from` to the week of `to`, oldest
 * first. Plain day arithmetic: ten years of weeks are built on every
 * Trends call.
 */
export function weeksBetween(from: string, to: string): string[] {
  if (from > to) return []
  const weeks: string[] = []
  for (let monday = weekStartOf(from); monday <= to; monday = shiftDate(monday, 7)) {
    weeks.push(monday)
  }
  return weeks
}

const RANGE_WEEKS: Record<Exclude<TrendRange, 'all'>, number> = { '4w': 4, '3m': 13, '12m': 52 }

/**
 * The dates a range covers: whole weeks ending with the current one, so the
 * first bar is never a partial week. `all` starts at the week of the first
 * entry (or this week when there is none).
 */
export function rangeBounds(
  range: TrendRange,
  today: string,
  firstDate: string | null,
): { from: string; to: string } {
  const thisWeek = weekStartOf(today)
  if (range === 'all') {
    const first = firstDate !== null && firstDate < today ? firstDate : today
    return { from: weekStartOf(first), to: today }
  }
  const from = shiftDate(thisWeek, -7 * (RANGE_WEEKS[range] - 1))
  return { from, to: today }
}
