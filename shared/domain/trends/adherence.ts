import type { BedtimeWeekRow, ReminderWeekRow } from './rows'
import { count, oneDecimal } from './text'
import type { AdherenceWeek, WeeklyCramps } from './types'

/** A week counts as a "stretch week" with this many bedtime routines done. */
export const STRETCH_WEEK_NIGHTS = 5

/** Bedtime routines and reminders acted on per week, beside that week's cramps. */
export function adherenceWeeks(
  weekly: WeeklyCramps[],
  bedtime: BedtimeWeekRow[],
  reminders: ReminderWeekRow[],
): AdherenceWeek[] {
  const nights = new Map(bedtime.map((r) => [r.week, r.nights]))
  const rem = new Map(reminders.map((r) => [r.week, r]))
  return weekly.map((w) => ({
    weekStart: w.weekStart,
    bedtimeRoutines: nights.get(w.weekStart) ?? 0,
    remindersActedOn: rem.get(w.weekStart)?.actedOn ?? 0,
    remindersTotal: rem.get(w.weekStart)?.total ?? 0,
    cramps: w.total,
  }))
}

/**
 * Compares night cramps in weeks with 5+ bedtime routines against the other
 * weeks, when there are both kinds; otherwise just says what was done.
 */
export function adherenceSummary(weeks: AdherenceWeek[], weekly: WeeklyCramps[]): string {
  const nightsByWeek = new Map(weekly.map((w) => [w.weekStart, w.night]))
  const stretch = weeks.filter((w) => w.bedtimeRoutines >= STRETCH_WEEK_NIGHTS)
  const other = weeks.filter((w) => w.bedtimeRoutines < STRETCH_WEEK_NIGHTS)
  const mean = (ws: AdherenceWeek[]) =>
    ws.reduce((a, w) => a + (nightsByWeek.get(w.weekStart) ?? 0), 0) / ws.length
  if (stretch.length > 0 && other.length > 0) {
    const a = mean(stretch)
    const b = mean(other)
    const word = a < b ? 'Fewer' : a > b ? 'More' : 'The same number of'
    return `${word} night cramps in weeks with ${STRETCH_WEEK_NIGHTS}+ bedtime stretches (${oneDecimal(a)} a week) than in other weeks (${oneDecimal(b)}).`
  }
  const routines = weeks.reduce((a, w) => a + w.bedtimeRoutines, 0)
  const acted = weeks.reduce((a, w) => a + w.remindersActedOn, 0)
  const total = weeks.reduce((a, w) => a + w.remindersTotal, 0)
  const reminders = total > 0 ? `, and acted on ${acted} of ${count(total, 'reminder')}` : ''
  return `You did the bedtime routine on ${count(routines, 'night')}${reminders}.`
}
