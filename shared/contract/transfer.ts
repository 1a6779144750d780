import { z } from 'zod'
import { ImportSummary } from '../domain/journal-file'
import { entry } from './entry'

export const ExportKind = z.enum(['json', 'episodes_csv', 'checkins_csv'])
export type ExportKind = z.infer<typeof ExportKind>

/**
 * Saved through the native save dialog in the app; in the browser preview
 * the page receives the file to download.
 */
export const ExportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    content: z.string(),
  }),
])
export type ExportResult = z.infer<typeof ExportResult>

export const exportJournal = entry(
  'journal:export',
  z.strictObject({ kind: ExportKind }),
  ExportResult,
)

/** A JSON export's text; 64 MB is far above ten years of entries. */
const ImportContent = z.strictObject({
  content: z
    .string()
    .max(64 * 1024 * 1024, 'The file is too large to be a Limber export (over 64 MB)'),
})

/** Validates the whole file and says what an import would add; changes nothing. */
export const previewImport = entry('journal:import-preview', ImportContent, ImportSummary)

/** Merges the file by stable ids in one transaction: all or nothing. */
export const importJournal = entry('journal:import', ImportContent, ImportSummary)
