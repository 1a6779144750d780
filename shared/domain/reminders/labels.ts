import { format } from 'date-fns'
import { toLocal } from '../local-time'
import { reminderKinds } from './kinds'
import type { PauseState } from './pause'
import type { ReminderKind } from './settings'
import { localDay, type OffsetAt } from './zoned'

const MINUTE = 60_000

/** "now", "in 12 min", "in 1 h 5 min" (rounded up: "in 1 min" until it is due). */
export function inLabel(ms: number): string {
  if (ms <= 0) return 'now'
  const minutes = Math.ceil(ms / MINUTE)
  if (minutes < 60) return `in ${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`
}

function sameDay(a: number, b: number, offsetAt: OffsetAt, days = 0): boolean {
  const x = localDay(a, offsetAt)
  const y = localDay(b, offsetAt, days)
  return x.year === y.year && x.month === y.month && x.date === y.date
}

/** "at 22:00", "tomorrow at 08:00", "on Sat at 18:00": a local wall-clock time relative to now. */
export function atLabel(at: number, now: number, offsetAt: OffsetAt): string {
  const local = toLocal({ at, utcOffsetMin: offsetAt(at) })
  const time = format(local, 'HH:mm')
  if (sameDay(at, now, offsetAt)) return `at ${time}`
  if (sameDay(at, now, offsetAt, 1)) return `tomorrow at ${time}`
  return `on ${format(local, 'EEE')} at ${time}`
}

/**
 * The tray's line for a reminder: relative while it is under two hours away
 * ("Move in 12 min"), a clock time after that ("Bedtime stretch at 22:00").
 */
export function nextLabel(kind: ReminderKind, at: number, now: number, offsetAt: OffsetAt): string {
  const { label } = reminderKinds[kind]
  const ms = at - now
  return ms < 120 * MINUTE ? `${label} ${inLabel(ms)}` : `${label} ${atLabel(at, now, offsetAt)}`
}

/** "Paused until 14:30", "Paused until tomorrow", "Paused until you resume". */
export function pauseLabel(pause: PauseState, now: number, offsetAt: OffsetAt): string {
  if (pause.until === null) return 'Paused until you resume'
  if (pause.option === 'tomorrow') return 'Paused until tomorrow'
  return `Paused until ${atLabel(pause.until, now, offsetAt).replace(/^at /, '')}`
}
