import { TZDate } from '@date-fns/tz'
import { addDays, getDay } from 'date-fns'
import { clockMinutes } from '../local-time'
import type { Weekday } from './settings'

/** date-fns getDay() order (0 = Sunday), so a local date maps to a Weekday without arithmetic. */
export const weekdayByIndex: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/**
 * The user's UTC offset (minutes east) at an instant: `Clock.utcOffsetMin`.
 * Only an offset function is known, not a zone name, so every local time is
 * resolved against the offset in force at that very instant: that is what
 * keeps 22:00 at 22:00 across a DST change.
 */
export type OffsetAt = (at: number) => number

/** A local calendar day. */
export interface LocalDay {
  year: number
  /** 0-11, as Date and date-fns count months. */
  month: number
  date: number
  weekday: Weekday
}

const MINUTE = 60_000
/** Further than any real offset (-12:00 to +14:00) from the wall time read as UTC. */
const PROBE_MS = 24 * 60 * MINUTE

/**
 * The wall clock at an instant, as a date in UTC whose fields are the local
 * fields. (A TZDate in a "+01:00" zone would do the same, but runtimes
 * without offset-zone support in Intl make that a thousand times slower,
 * and the scheduler asks this on every wakeup.)
 */
function wallClock(at: number, offsetAt: OffsetAt): TZDate {
  return new TZDate(at + offsetAt(at) * MINUTE, 'UTC')
}

/** The local day `days` after the one that contains `at` (0 = that day). */
export function localDay(at: number, offsetAt: OffsetAt, days = 0): LocalDay {
  const d = addDays(wallClock(at, offsetAt), days)
  return {
    year: d.getFullYear(),
    month: d.getMonth(),
    date: d.getDate(),
    weekday: weekdayByIndex[getDay(d)] ?? 'sun',
  }
}

/** Minutes since local midnight at that instant. */
export function minuteOfDay(at: number, offsetAt: OffsetAt): number {
  const wall = wallClock(at, offsetAt)
  return wall.getHours() * 60 + wall.getMinutes()
}

/**
 * The instant a wall-clock time happens on a local day. A time the DST jump
 * skips (02:30 on the spring-forward night) happens as far after the jump as
 * it was meant to be after 02:00, i.e. 03:30, as calendars do; a time that
 * happens twice (the autumn night) counts once, the first time.
 */
export function instantOf(day: LocalDay, hhmm: string, offsetAt: OffsetAt): number {
  const minute = clockMinutes(hhmm)
  const wall = new TZDate(
    day.year,
    day.month,
    day.date,
    Math.floor(minute / 60),
    minute % 60,
    'UTC',
  ).getTime()
  const offsets = [...new Set([offsetAt(wall - PROBE_MS), offsetAt(wall + PROBE_MS)])]
  const read = (offset: number) => wall - offset * MINUTE
  const consistent = offsets.filter((o) => offsetAt(read(o)) === o).map(read)
  if (consistent.length > 0) return Math.min(...consistent)
  // In the gap no reading is consistent; the one with the pre-jump offset lands just after it.
  return Math.max(...offsets.map(read))
}
