import { addWeeks, eachWeekOfInterval, format, parseISO, startOfWeek } from 'date-fns'
import type { TrendRange } from './types'

/** Weeks start on Monday everywhere in Trends and the report. */
const WEEK = { weekStartsOn: 1 } as const

/** The Monday (local date) of the week a local date falls in. */
export function weekStartOf(date: string): string {
  return format(startOfWeek(parseISO(date), WEEK), 'yyyy-MM-dd')
}

/** Every week's Monday from the week of `from` to the week of `to`, oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  if (from > to) return []
  return eachWeekOfInterval({ start: parseISO(from), end: parseISO(to) }, WEEK).map((d) =>
    format(d, 'yyyy-MM-dd'),
  )
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
  const from = format(addWeeks(parseISO(thisWeek), -(RANGE_WEEKS[range] - 1)), 'yyyy-MM-dd')
  return { from, to: today }
}
