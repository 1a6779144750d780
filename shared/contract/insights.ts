import { z } from 'zod'
import { LocalDate } from '../domain/checkin'
import { RedFlagSummary } from '../domain/trends/types'
import { entry, NoInput } from './entry'

/** One red flag as Today and Insights show it: the same shape everywhere. */
export const RedFlagView = RedFlagSummary
export type RedFlagView = z.infer<typeof RedFlagView>

export const TodaySummary = z.object({
  /** The user's local date. */
  date: LocalDate,
  /** True before noon when last night has neither an answer nor a logged cramp. */
  askAboutLastNight: z.boolean(),
  /** Cramps logged during last night's window. */
  lastNightCramps: z.number().int(),
  flags: z.array(RedFlagView),
  medicationNote: z.string().nullable(),
})
export type TodaySummary = z.infer<typeof TodaySummary>

/** What Today shows: the morning question and any red flags. */
export const getTodaySummary = entry('journal:today', NoInput, TodaySummary)
