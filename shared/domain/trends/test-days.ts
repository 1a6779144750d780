import { getISODay, parseISO } from 'date-fns'
import { shiftDate } from '../local-time'
import type { DayRecord } from './days'

/** A quiet checked-in day (no exercise, water 2 l, no cramps), with overrides. */
export function day(date: string, over: Partial<DayRecord> = {}): DayRecord {
  return {
    date,
    weekday: getISODay(parseISO(date)),
    waterMl: 2000,
    caffeineDrinks: 1,
    sittingHours: 6,
    electrolyteGroups: 2,
    sleepQuality: 4,
    exercise: [],
    bedtimeStretch: false,
    warmUpRoutine: false,
    crampNight: false,
    crampsToday: 0,
    ...over,
  }
}

/** `n` consecutive days from `first`, each shaped by `make(date, index)`. */
export function days(
  first: string,
  n: number,
  make: (date: string, i: number) => Partial<DayRecord> = () => ({}),
): DayRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const date = shiftDate(first, i)
    return day(date, make(date, i))
  })
}

export const hardRun = {
  minutes: 60,
  effort: 8,
  hardOrNew: true,
  warmedUp: false,
  hot: false,
}
