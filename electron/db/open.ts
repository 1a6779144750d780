import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { StorageStatus } from '../../shared/contract/app'
import { openConnection, type Db } from './connection'
import { DB_FILE } from './constants'
import { inspectDatabase } from './inspect'
import { migrate } from './migrate'
import { backupBeforeMigration } from './pre-migration-backup'
import { LATEST_VERSION, migrations as allMigrations, type Migration } from './migrations'
import { quarantineCopy } from './quarantine'

export interface OpenStorageOptions {
  dataDir: string
  now: number
  nativeBinding?: string | undefined
  migrations?: readonly Migration[]
}

export type OpenResult =
  | { status: Extract<StorageStatus, { state: 'ok' }>; db: Db }
  | { status: Extract<StorageStatus, { state: 'quarantined' }>; db: null }

/**
 * Opens `limber.db` in the data folder, creating it if absent and migrating it
 * to the latest version. A database that is newer, foreign or damaged is
 * copied to quarantine and left exactly as it was.
 */
export function openStorage(options: OpenStorageOptions): OpenResult {
  const steps = options.migrations ?? allMigrations
  const latestVersion = options.migrations ? (steps.at(-1)?.version ?? 0) : LATEST_VERSION
  mkdirSync(options.dataDir, { recursive: true })
  const dbPath = join(options.dataDir, DB_FILE)
  const inspection = inspectDatabase(dbPath, {
    latestVersion,
    nativeBinding: options.nativeBinding,
  })
  if (inspection.kind === 'refused') {
    const quarantinePath = quarantineCopy(dbPath, options.now)
    return {
      db: null,
      status: {
        state: 'quarantined',
        reason: inspection.reason,
        message: inspection.message,
        dbPath,
        quarantinePath,
      },
    }
  }
  const db = openConnection(dbPath, options.nativeBinding)
  try {
    backupBeforeMigration(db, {
      dataDir: options.dataDir,
      now: options.now,
      latestVersion,
      nativeBinding: options.nativeBinding,
    })
    migrate(db, steps)
  } catch (error) {
    db.close()
    throw error
  }
  return { db, status: { state: 'ok', dbPath } }
}
