import type { RedFlag } from '../../red-flags'
import type { LoadInput } from '../../workouts/load'
import type { DayRecord } from '../days'

/** A cramp as the pattern rules see it. */
export interface PatternEpisode {
  localDate: string
  localMinute: number
  /** The night it belongs to (red-flags.ts crampNight), or null for a day cramp. */
  night: string | null
}

/** The recent journal the four rules read (the last `PATTERN_WINDOW_DAYS` days). */
export interface PatternInput {
  today: string
  days: DayRecord[]
  episodes: PatternEpisode[]
  flags: RedFlag[]
  waterTargetMl: number
  /**
   * Imported sessions from 30 days before the window to today, so each one
   * can be set against the longest of the 30 days before it. None without imports.
   */
  workouts?: readonly PatternWorkout[]
}

export type PatternWorkout = LoadInput

/** Imported sessions are compared with the longest of the 30 days before each. */
export const WORKOUT_LOOK_BACK_DAYS = 30

/** Patterns read the last 8 weeks: long enough to see a habit, short enough to be current. */
export const PATTERN_WINDOW_DAYS = 56

/** No journal pattern fires on fewer cramps than this in the window. */
export const MIN_CRAMPS = 4
/** Weekend warrior, hydration and "despite care" also need this many check-in days. */
export const MIN_CHECKIN_DAYS = 14
