import { addWeeks, format, parseISO } from 'date-fns'
import type { TrendRange } from './types'

/* Weeks start on Monday everywhere in Trends and the report. */

const DAY_MS = 86_400_000

/** A 'YYYY-MM-DD' date as midnight UTC: calendar arithmetic with no time zone or DST in it. */
function utcDay(date: string): number {
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  return new Date(0).setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  )
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The Monday of the week holding a 'YYYY-MM-DD' date, as midnight UTC. */
function mondayOf(date: string): number {
  const day = utcDay(date)
  return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS
}

/** The Monday (local date) of the week a local date falls in. */
export function weekStartOf(date: string): string {
  return dateOf(mondayOf(date))
}

/**
 * Every week's Monday from the week of `from` to the week of `to`, oldest
 * first. Plain day arithmetic: ten years of weeks are built on every
 * Trends call.
 */
export function weeksBetween(from: string, to: string): string[] {
  if (from > to) return []
  const weeks: string[] = []
  const end = utcDay(to)
  for (let monday = mondayOf(from); monday <= end; monday += 7 * DAY_MS) weeks.push(dateOf(monday))
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
  const from = format(addWeeks(parseISO(thisWeek), -(RANGE_WEEKS[range] - 1)), 'yyyy-MM-dd')
  return { from, to: today }
}
