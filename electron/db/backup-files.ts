import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { BackupName, type BackupInfo, type BackupKind } from '../../shared/contract/data'
import { APPLICATION_ID } from './constants'

/** Backups live in their own folder beside the journal. */
export const BACKUP_DIR = 'backups'

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR)
}

/** `limber-daily-2026-11-25T09-00-00-000Z.db`: sortable, and safe on every file system. */
export function backupFileName(kind: BackupKind, at: number, dir: string): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-')
  let name = `limber-${kind}-${stamp}.db`
  for (let n = 2; existsSync(join(dir, name)); n++) name = `limber-${kind}-${stamp}-${n}.db`
  return name
}

const NAME =
  /^limber-(daily|pre-migration|pre-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/

/** Reads kind and time back from a name Limber wrote; null for anything else. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: number } | null {
  if (!BackupName.safeParse(name).success) return null
  const m = NAME.exec(name)
  if (!m) return null
  const createdAt = Date.parse(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`)
  return Number.isFinite(createdAt) ? { kind: m[1] as BackupKind, createdAt } : null
}

/** Every backup file in the folder, newest first. Other files are ignored. */
export function listBackupFiles(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir)
  if (!existsSync(dir)) return []
  const out: BackupInfo[] = []
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    out.push({ name, ...parsed, sizeBytes: statSync(join(dir, name)).size })
  }
  return out.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name))
}

/**
 * Makes a finished backup self-contained (rollback journal, so opening it
 * never needs a -wal or -shm) and checks it page by page. A backup that fails
 * is deleted: a bad backup is worse than none, because it looks like safety.
 */
export function sealAndVerify(path: string, nativeBinding?: string): void {
  try {
    const db = new Database(path, { nativeBinding })
    try {
      db.pragma('journal_mode = DELETE')
      const check = db.pragma('integrity_check', { simple: true }) as string
      if (check !== 'ok') throw new Error(`The backup failed its integrity check: ${check}`)
      if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
        throw new Error('The backup is not a Limber journal')
      }
    } finally {
      db.close()
    }
  } catch (error) {
    removeWithSidecars(path)
    throw error
  }
}

/**
 * A consistent snapshot taken by SQLite itself on the open connection
 * (`VACUUM INTO`), for the moment before a migration. Migrations run while
 * the app starts, synchronously, so the asynchronous `backup()` used for the
 * daily copies cannot be awaited there; either way it is SQLite reading its
 * own pages inside a transaction, never a copy of the file on disk.
 */
export function snapshotInto(db: Database.Database, path: string): void {
  db.prepare('VACUUM INTO ?').run(path)
}

export function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true })
}

/** How many of each kind are kept: a week of dailies, a few of the others. */
export const KEEP: Record<BackupKind, number> = { daily: 7, 'pre-migration': 3, 'pre-restore': 3 }

/** Deletes the oldest backups of a kind beyond what is kept. Returns what was removed. */
export function pruneBackups(dataDir: string, kind: BackupKind): string[] {
  const old = listBackupFiles(dataDir)
    .filter((b) => b.kind === kind)
    .slice(KEEP[kind])
  for (const b of old) removeWithSidecars(join(backupDir(dataDir), b.name))
  return old.map((b) => b.name)
}
