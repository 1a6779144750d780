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

/** Each kind of week needs this many before the two are compared (about 3 weeks a side). */
export const MIN_WEEKS_PER_SIDE = 3

/**
 * Night cramps in weeks with 5+ bedtime routines beside the other weeks,
 * once there are enough of both; otherwise just what was done. Said as
 * what went together, never as what worked.
 */
export function adherenceSummary(weeks: AdherenceWeek[], weekly: WeeklyCramps[]): string {
  const nightsByWeek = new Map(weekly.map((w) => [w.weekStart, w.night]))
  const stretch = weeks.filter((w) => w.bedtimeRoutines >= STRETCH_WEEK_NIGHTS)
  const other = weeks.filter((w) => w.bedtimeRoutines < STRETCH_WEEK_NIGHTS)
  const mean = (ws: AdherenceWeek[]) =>
    ws.reduce((a, w) => a + (nightsByWeek.get(w.weekStart) ?? 0), 0) / ws.length
  if (stretch.length >= MIN_WEEKS_PER_SIDE && other.length >= MIN_WEEKS_PER_SIDE) {
    return `Night cramps averaged ${oneDecimal(mean(stretch))} a week in the ${count(stretch.length, 'week')} with ${STRETCH_WEEK_NIGHTS}+ bedtime stretches and ${oneDecimal(mean(other))} a week in the ${count(other.length, 'other week')}. This shows what went together, not what caused what.`
  }
  const routines = weeks.reduce((a, w) => a + w.bedtimeRoutines, 0)
  const acted = weeks.reduce((a, w) => a + w.remindersActedOn, 0)
  const total = weeks.reduce((a, w) => a + w.remindersTotal, 0)
  const reminders = total > 0 ? `, and acted on ${acted} of ${count(total, 'reminder')}` : ''
  const compare =
    stretch.length > 0
      ? ` Weeks with ${STRETCH_WEEK_NIGHTS}+ bedtime stretches are compared with other weeks once there are ${MIN_WEEKS_PER_SIDE} of each.`
      : ''
  return `You did the bedtime routine on ${count(routines, 'night')}${reminders}.${compare}`
}
