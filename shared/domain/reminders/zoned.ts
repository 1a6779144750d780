import { TZDate } from '@date-fns/tz'
import { addDays, getDay } from 'date-fns'
import { clockMinutes, localMinuteOfDay, offsetZone } from '../local-time'
import { weekdayByIndex, type Weekday } from './settings'

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

/** Further than any real offset (-12:00 to +14:00) from the wall time read as UTC. */
const PROBE_MS = 24 * 60 * 60 * 1000

/** The local day `days` after the one that contains `at` (0 = that day). */
export function localDay(at: number, offsetAt: OffsetAt, days = 0): LocalDay {
  const d = addDays(new TZDate(at, offsetZone(offsetAt(at))), days)
  return {
    year: d.getFullYear(),
    month: d.getMonth(),
    date: d.getDate(),
    weekday: weekdayByIndex[getDay(d)] ?? 'sun',
  }
}

/**
 * The instant a wall-clock time happens on a local day. A time the DST jump
 * skips (02:30 on the spring-forward night) happens as far after the jump as
 * it was meant to be after 02:00, i.e. 03:30, as calendars do; a time that
 * happens twice (the autumn night) counts once, the first time.
 */
export function instantOf(day: LocalDay, hhmm: string, offsetAt: OffsetAt): number {
  const minute = clockMinutes(hhmm)
  const hours = Math.floor(minute / 60)
  const minutes = minute % 60
  const read = (offset: number) =>
    new TZDate(day.year, day.month, day.date, hours, minutes, offsetZone(offset)).getTime()
  const probe = read(0)
  const offsets = [...new Set([offsetAt(probe - PROBE_MS), offsetAt(probe + PROBE_MS)])]
  const consistent = offsets.filter((o) => offsetAt(read(o)) === o).map(read)
  if (consistent.length > 0) return Math.min(...consistent)
  // In the gap no reading is consistent; the one with the pre-jump offset lands just after it.
  return Math.max(...offsets.map(read))
}

/** Minutes since local midnight at that instant. */
export function minuteOfDay(at: number, offsetAt: OffsetAt): number {
  return localMinuteOfDay({ at, utcOffsetMin: offsetAt(at) })
}
