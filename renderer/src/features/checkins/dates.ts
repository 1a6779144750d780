import { format, isSameYear, isValid, parseISO } from 'date-fns'
import { shiftDate } from '@shared/domain/local-time'

/** The user's local date now, "yyyy-MM-dd" (the window runs in the user's time zone). */
export function todayLocal(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd')
}

/** "Today", "Yesterday", "Tuesday 3 March", or with the year when it is not this year. */
export function dayName(date: string, today: string = todayLocal()): string {
  if (date === today) return 'Today'
  if (date === shiftDate(today, -1)) return 'Yesterday'
  return longDate(date, today)
}

export function longDate(date: string, today: string = todayLocal()): string {
  const day = parseISO(date)
  return format(day, isSameYear(day, parseISO(today)) ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy')
}

/** A real calendar date written "yyyy-MM-dd" (not 2026-02-31). */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const parsed = parseISO(value)
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value
}
