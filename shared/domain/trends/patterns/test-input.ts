import type { DayRecord } from '../days'
import { days } from '../test-days'
import type { PatternEpisode, PatternInput } from './input'

/** Today in the tests; the 8-week window starts on 2026-10-01. */
export const TODAY = '2026-11-25'
export const WINDOW_START = '2026-10-01'

export function input(over: Partial<PatternInput> = {}): PatternInput {
  return { today: TODAY, days: [], episodes: [], flags: [], waterTargetMl: 2000, ...over }
}

/** The 55 checked-in days up to yesterday, shaped by `make`. */
export function window(make: (date: string, i: number) => Partial<DayRecord> = () => ({})) {
  return days(WINDOW_START, 55, make)
}

/** A cramp at `hour`:00 on `date`, at night (named by `night`) or in the day. */
export function cramp(date: string, hour: number, night: string | null = null): PatternEpisode {
  return { localDate: date, localMinute: hour * 60, night }
}
