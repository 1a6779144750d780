import { copyFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, StorageStatus } from '../../shared/contract'
import { backupDir, removeWithSidecars } from '../db/backup-files'
import { DB_FILE } from '../db/constants'
import { inspectDatabase } from '../db/inspect'
import { LATEST_VERSION } from '../db/migrations'
import type { BackupService } from './backups'
import { AppError } from './errors'

/** What restore and delete-all need from the Core. */
export interface DataHost {
  readonly options: { dataDir: string; nativeBinding?: string | undefined }
  readonly backups: BackupService
  /** Stops the services, lets `change` swap the files, reopens and rebinds. */
  replaceFiles(change: (dbPath: string) => void): StorageStatus
}

/** A restore is staged beside the journal, so the final step is one rename. */
const STAGED = `${DB_FILE}.restoring`

/**
 * Puts a backup in place of the journal. The backup is checked first (ours,
 * not newer, not damaged), and the current journal is backed up before it is
 * replaced, so nothing is lost even if the wrong backup was picked.
 */
export async function restoreFromBackup(
  host: DataHost,
  name: string,
): Promise<{ restored: BackupInfo; safetyCopy: BackupInfo }> {
  const restored = host.backups.list().find((b) => b.name === name)
  if (!restored) {
    throw new AppError('not_found', 'That backup is no longer in the backups folder.')
  }
  const { dataDir, nativeBinding } = host.options
  const staged = join(dataDir, STAGED)
  removeWithSidecars(staged)
  // A finished backup is a closed, self-contained file, so copying it is exact.
  copyFileSync(join(backupDir(dataDir), name), staged)
  const inspection = inspectDatabase(staged, { latestVersion: LATEST_VERSION, nativeBinding })
  if (inspection.kind !== 'usable') {
    removeWithSidecars(staged)
    const why = inspection.kind === 'refused' ? inspection.message : 'It is empty.'
    throw new AppError('conflict', `That backup cannot be restored. ${why} Nothing was changed.`)
  }
  await host.backups.idle()
  const safetyCopy = await host.backups.create('pre-restore')
  const status = host.replaceFiles((dbPath) => {
    removeWithSidecars(dbPath)
    renameSync(staged, dbPath)
  })
  if (status.state !== 'ok') {
    throw new AppError(
      'storage_unavailable',
      `The restored journal could not be opened. Your journal from before is in the backup ${safetyCopy.name}.`,
    )
  }
  return { restored, safetyCopy }
}

/**
 * Deletes the journal and everything derived from it in the data folder: the
 * database and its -wal/-shm (the files are removed, not emptied, so no old
 * page survives in them), quarantined copies, a half-done restore, and the
 * backups unless the user keeps them. An empty journal is opened in their place.
 */
export async function deleteAllData(
  host: DataHost,
  keepBackups: boolean,
): Promise<{ backupsKept: number }> {
  const { dataDir } = host.options
  await host.backups.idle()
  const status = host.replaceFiles((dbPath) => {
    removeWithSidecars(dbPath)
    removeWithSidecars(join(dataDir, STAGED))
    rmSync(join(dataDir, 'quarantine'), { recursive: true, force: true })
    if (!keepBackups) rmSync(backupDir(dataDir), { recursive: true, force: true })
  })
  if (status.state !== 'ok') {
    throw new AppError(
      'storage_failed',
      'Your data was deleted, but a new journal could not be created.',
    )
  }
  return { backupsKept: keepBackups ? host.backups.list().length : 0 }
}

/** Opens the folder in the system's file manager, where the platform can. */
export type OpenFolder = (path: string) => Promise<string>

export async function openDataFolder(
  dataDir: string,
  open: OpenFolder | undefined,
): Promise<{ status: 'opened' } | { status: 'unavailable'; path: string }> {
  if (!open) return { status: 'unavailable', path: dataDir }
  // Electron's shell.openPath answers with an error message, empty on success.
  const problem = await open(dataDir)
  if (problem) {
    throw new AppError(
      'internal',
      `Your system could not open the data folder (${problem}). It is at ${dataDir}.`,
    )
  }
  return { status: 'opened' }
}
