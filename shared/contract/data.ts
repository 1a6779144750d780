import { z } from 'zod'
import { entry, NoInput } from './entry'

/**
 * A backup's file name inside `<dataDir>/backups/`. Only names Limber itself
 * writes are accepted, so a request can never point outside that folder.
 */
export const BackupName = z
  .string()
  .regex(
    /^limber-(daily|pre-migration|pre-restore)-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{1,3})?\.db$/,
    'Not the name of a Limber backup',
  )
export type BackupName = z.infer<typeof BackupName>

export const BackupKind = z.enum(['daily', 'pre-migration', 'pre-restore'])
export type BackupKind = z.infer<typeof BackupKind>

export const BackupInfo = z.object({
  name: BackupName,
  kind: BackupKind,
  /** When the backup was taken, UTC epoch milliseconds. */
  createdAt: z.number(),
  sizeBytes: z.number().int().nonnegative(),
})
export type BackupInfo = z.infer<typeof BackupInfo>

/** Every backup in the data folder, newest first. */
export const listBackups = entry('data:backups', NoInput, z.array(BackupInfo))

/**
 * Replaces the journal with a backup. The current journal is backed up
 * first, so a restore can itself be undone.
 */
export const restoreBackup = entry(
  'data:restore',
  z.strictObject({ name: BackupName }),
  z.object({ restored: BackupInfo, safetyCopy: BackupInfo }),
)

/** Shows the data folder in the system's file manager (the app only). */
export const openDataFolder = entry(
  'data:open-folder',
  NoInput,
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('opened') }),
    /** The browser preview cannot open folders; the page shows the path instead. */
    z.object({ status: z.literal('unavailable'), path: z.string() }),
  ]),
)

/** The word the user types to confirm deleting everything. */
export const DELETE_CONFIRMATION = 'DELETE'

/**
 * Deletes the journal, settings and (unless kept) backups, leaving an empty
 * journal. Needs the typed confirmation word.
 */
export const deleteAllData = entry(
  'data:delete-all',
  z.strictObject({
    confirm: z.literal(DELETE_CONFIRMATION, { error: `Type ${DELETE_CONFIRMATION} to confirm` }),
    keepBackups: z.boolean(),
  }),
  z.object({ backupsKept: z.number().int().nonnegative() }),
)
