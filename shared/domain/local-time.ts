import { TZDate } from '@date-fns/tz'
import type { Clock } from './clock'

/** Minutes east of UTC, as stored with every instant (e.g. +120 in CEST). */
export type UtcOffsetMinutes = number

/** A moment as the user lived it: the instant plus the UTC offset at that moment. */
export interface LocalInstant {
  at: number
  utcOffsetMin: UtcOffsetMinutes
}

/** "+02:00" style offset string that @date-fns/tz accepts as a zone. */
export function offsetZone(utcOffsetMin: UtcOffsetMinutes): string {
  const sign = utcOffsetMin < 0 ? '-' : '+'
  const abs = Math.abs(utcOffsetMin)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${sign}${hh}:${mm}`
}

/** The wall-clock date and time the user saw when it happened. */
export function toLocal({ at, utcOffsetMin }: LocalInstant): TZDate {
  return new TZDate(at, offsetZone(utcOffsetMin))
}

/** Local calendar day, "yyyy-MM-dd". */
export function localDate(instant: LocalInstant): string {
  // Plain arithmetic on the stored offset: the same answer as formatting a
  // zoned date, without a time-zone object per call (Trends and red flags
  // call this for every row of a ten-year journal).
  return dateOfUtc(wallClock(instant).getTime())
}

/** Minutes since local midnight, 0-1439. */
export function localMinuteOfDay(instant: LocalInstant): number {
  const wall = wallClock(instant)
  return wall.getUTCHours() * 60 + wall.getUTCMinutes()
}

/** The local wall-clock reading, expressed as if it were UTC. */
function wallClock({ at, utcOffsetMin }: LocalInstant): Date {
  return new Date(at + utcOffsetMin * 60_000)
}

/** "22:30" → 1350. */
export function clockMinutes(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':')
  return Number(h) * 60 + Number(m)
}

export interface NightWindow {
  /** "HH:mm" local, e.g. "22:00". */
  start: string
  /** "HH:mm" local, e.g. "07:00"; may be earlier than start (wraps midnight). */
  end: string
}

/** Whether a local minute of the day falls inside the night window. */
export function isNightMinute(minute: number, night: NightWindow): boolean {
  const start = clockMinutes(night.start)
  const end = clockMinutes(night.end)
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end
}

export function isNight(instant: LocalInstant, night: NightWindow): boolean {
  return isNightMinute(localMinuteOfDay(instant), night)
}

/**
 * The date a night is named after: the evening it began. A cramp at 03:00
 * on the 29th belongs to the night of the 28th. Null outside the window.
 */
export function nightOf(instant: LocalInstant, night: NightWindow): string | null {
  const minute = localMinuteOfDay(instant)
  if (!isNightMinute(minute, night)) return null
  const date = localDate(instant)
  const start = clockMinutes(night.start)
  const wraps = start > clockMinutes(night.end)
  return wraps && minute < start ? shiftDate(date, -1) : date
}

const DAY_MS = 86_400_000

/*
 * Calendar dates ("yyyy-MM-dd") as midnight UTC: day arithmetic with no time
 * zone or DST in it, cheap enough for every row of a ten-year journal.
 */

/** "2026-03-29" → that day's midnight UTC, in ms. */
export function utcMidnight(date: string): number {
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  return new Date(0).setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  )
}

/** The UTC calendar date of an instant in ms, "yyyy-MM-dd". */
export function dateOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** "2026-03-29", -1 → "2026-03-28". */
export function shiftDate(date: string, days: number): string {
  return dateOfUtc(utcMidnight(date) + days * DAY_MS)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)
}

/** Day of the week, Monday 0 to Sunday 6. */
export function weekdayFromMonday(date: string): number {
  return (new Date(utcMidnight(date)).getUTCDay() + 6) % 7
}

/** The user's current moment as they live it, from a clock (see clock.ts). */
export function nowLocal(clock: Clock): LocalInstant {
  const at = clock.now()
  return { at, utcOffsetMin: clock.utcOffsetMin(at) }
}
