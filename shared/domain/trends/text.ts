import { format, parseISO } from 'date-fns'

/** "1 cramp", "3 cramps". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** One decimal, without a trailing ".0". */
export function oneDecimal(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** Whole percent of a part. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100)
}

/** "3 a.m.", "noon", "10 p.m." for an hour of the day. */
export function hourLabel(hour: number): string {
  if (hour === 0) return 'midnight'
  if (hour === 12) return 'noon'
  return hour < 12 ? `${hour} a.m.` : `${hour - 12} p.m.`
}

/** "2026-11-23" → "23 Nov 2026". */
export function dateLabel(date: string): string {
  return format(parseISO(date), 'd MMM yyyy')
}
