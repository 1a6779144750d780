import { z } from 'zod'
import { LocalDate } from '../domain/checkin'
import { EntryId } from '../domain/episode'
import { entry, NoInput } from './entry'

export const RedFlagView = z.object({
  key: z.enum(['most_nights', 'frequent', 'severe', 'with_signs', 'lingering', 'walking_pain']),
  sign: z.string(),
  why: z.string(),
  who: z.string(),
  episodeIds: z.array(EntryId),
})
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
