import { z } from 'zod'
import { CheckIn, Medication, type NightAnswer } from './checkin'
import { CheckedEpisode, EpochMs } from './episode'

/*
 * Version 1 of the JSON export (Limber up to schema version 6): cramps,
 * check-ins and medications only, with the morning answer inside each
 * check-in. Files people saved then still import; they are read here and
 * upgraded to the current version.
 */

export const JournalFileV1 = z.strictObject({
  format: z.literal('limber-journal'),
  version: z.literal(1),
  exportedAt: EpochMs,
  episodes: z.array(CheckedEpisode).max(500_000),
  checkIns: z.array(CheckIn).max(200_000),
  medications: z.array(Medication).max(10_000),
})
export type JournalFileV1 = z.infer<typeof JournalFileV1>

/**
 * A version 1 check-in that held nothing but the morning answer: answering
 * "No, a quiet night" on Today wrote one, with every other field at the
 * blank form's value. Migration 7 applies the same rule to stored rows.
 */
export function nightOnly(c: CheckIn): boolean {
  return (
    c.nightReport !== null &&
    c.waterMl === 0 &&
    c.electrolytes.length === 0 &&
    c.caffeineDrinks === 0 &&
    c.exercise.length === 0 &&
    c.sittingHours === 0 &&
    !c.stretchedBeforeBed &&
    c.sleepQuality === null &&
    c.note === '' &&
    c.medicationIds.length === 0
  )
}

/** Version 1's check-ins split as the app now stores them: real check-ins, and night answers. */
export function splitCheckIns(checkIns: CheckIn[]): {
  checkIns: Omit<CheckIn, 'nightReport'>[]
  nightAnswers: NightAnswer[]
} {
  return {
    checkIns: checkIns
      .filter((c) => !nightOnly(c))
      .map(({ nightReport: _answer, ...checkIn }) => checkIn),
    nightAnswers: checkIns.flatMap((c) =>
      c.nightReport === null
        ? []
        : [{ date: c.date, report: c.nightReport, updatedAt: c.updatedAt }],
    ),
  }
}
