import { getISODay, parseISO } from 'date-fns'
import type { CheckIn, NightAnswer } from '../checkin'
import { shiftDate } from '../local-time'

/**
 * One local day with a check-in, joined with what followed: the row the
 * factor effects and pattern rules read. A night is named by its evening, so
 * `crampNight` is the night that began at the end of this day.
 */
export interface DayRecord {
  date: string
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number
  waterMl: number
  caffeineDrinks: number
  sittingHours: number
  /** Electrolyte-rich food groups eaten (0-4). */
  electrolyteGroups: number
  sleepQuality: number | null
  exercise: {
    minutes: number
    effort: number
    hardOrNew: boolean
    warmedUp: boolean
    hot: boolean
  }[]
  /** The check-in says so, or the bedtime routine was done that night. */
  bedtimeStretch: boolean
  /** The warm-up routine was done that day. */
  warmUpRoutine: boolean
  /** The night that began this evening had a cramp: logged, or reported the next morning. */
  crampNight: boolean
  /** Cramps logged on this local date, any time of day. */
  crampsToday: number
}

export interface DayInputs {
  /** Only days the person checked in on; a day without one is unknown, not a day of zeros. */
  checkIns: CheckIn[]
  /** Morning answers to "any cramps last night?", by the morning's date. */
  nightAnswers: NightAnswer[]
  /** Nights (by evening) with a logged cramp. */
  crampNights: ReadonlySet<string>
  bedtimeNights: ReadonlySet<string>
  warmUpDays: ReadonlySet<string>
  crampsByDate: ReadonlyMap<string, number>
}

/** Days from `from` to `to` that have a check-in, oldest first. */
export function dayRecords(inputs: DayInputs, from: string, to: string): DayRecord[] {
  const reports = new Map(inputs.nightAnswers.map((a) => [a.date, a.report]))
  return inputs.checkIns
    .filter((c) => c.date >= from && c.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((c) => ({
      date: c.date,
      weekday: getISODay(parseISO(c.date)),
      waterMl: c.waterMl,
      caffeineDrinks: c.caffeineDrinks,
      sittingHours: c.sittingHours,
      electrolyteGroups: c.electrolytes.length,
      sleepQuality: c.sleepQuality,
      exercise: c.exercise.map((e) => ({
        minutes: e.minutes,
        effort: e.effort,
        hardOrNew: e.hardOrNew,
        warmedUp: e.warmedUp,
        hot: e.hot,
      })),
      bedtimeStretch: c.stretchedBeforeBed || inputs.bedtimeNights.has(c.date),
      warmUpRoutine: inputs.warmUpDays.has(c.date),
      crampNight: inputs.crampNights.has(c.date) || reports.get(shiftDate(c.date, 1)) === 'cramps',
      crampsToday: inputs.crampsByDate.get(c.date) ?? 0,
    }))
}

/** A day with at least one hard session: high effort, or hard or new to the user. */
export function hardDay(d: DayRecord): boolean {
  return d.exercise.some((e) => e.hardOrNew || e.effort >= HARD_EFFORT)
}

/** Effort (1-10) from which a session counts as hard. */
export const HARD_EFFORT = 7
