import { z } from 'zod'
import { CheckIn, Medication } from './checkin'
import { CheckedEpisode, EpochMs } from './episode'

export const JOURNAL_FILE_FORMAT = 'limber-journal'
export const JOURNAL_FILE_VERSION = 1

/** The versioned JSON export: everything in the journal, importable on any machine. */
export const JournalFile = z.strictObject({
  format: z.literal(JOURNAL_FILE_FORMAT),
  version: z.literal(JOURNAL_FILE_VERSION),
  exportedAt: EpochMs,
  episodes: z.array(CheckedEpisode).max(500_000),
  checkIns: z.array(CheckIn).max(200_000),
  medications: z.array(Medication).max(10_000),
})
export type JournalFile = z.infer<typeof JournalFile>

/** What an import would do (preview) or did. */
export const MergeCounts = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
})
export const ImportSummary = z.object({
  episodes: MergeCounts,
  checkIns: MergeCounts,
  medications: MergeCounts,
})
export type ImportSummary = z.infer<typeof ImportSummary>
