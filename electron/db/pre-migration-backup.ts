import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import {
  backupDir,
  backupFileName,
  pruneBackups,
  sealAndVerify,
  snapshotInto,
} from './backup-files'

/**
 * Before a migration changes an existing journal, a verified copy of it as it
 * was goes to `backups/`. A brand-new (version 0) or current database has
 * nothing to protect. If the copy cannot be made the migration does not run:
 * the error stops the start, and the journal stays at its old version.
 */
export function backupBeforeMigration(
  db: Database.Database,
  options: {
    dataDir: string
    now: number
    latestVersion: number
    nativeBinding?: string | undefined
  },
): string | null {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current === 0 || current >= options.latestVersion) return null
  const dir = backupDir(options.dataDir)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, backupFileName('pre-migration', options.now, dir))
  snapshotInto(db, path)
  sealAndVerify(path, options.nativeBinding)
  pruneBackups(options.dataDir, 'pre-migration')
  return path
}
