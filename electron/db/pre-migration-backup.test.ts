import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/temp-dir'
import { backupDir, listBackupFiles } from './backup-files'
import { openConnection } from './connection'
import { DB_FILE } from './constants'
import { migrate } from './migrate'
import { LATEST_VERSION, migrations } from './migrations'
import { openStorage } from './open'

const NOW = Date.UTC(2026, 10, 25, 8, 30)
const tempDir = useTempDirs()
// Versions need not be consecutive (each branch takes its own number), so "one behind" is the previous migration's.
const PREVIOUS_VERSION = migrations.at(-2)?.version ?? 0

/** A journal as an older Limber left it: one version behind, with a setting saved. */
function olderJournal(dir: string): void {
  const db = openConnection(join(dir, DB_FILE))
  migrate(db, migrations.slice(0, -1))
  db.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"', 1)").run()
  db.close()
}

describe('backup before a migration', () => {
  it('keeps a verified copy of the journal as it was before migrating it', () => {
    const dir = tempDir()
    olderJournal(dir)
    const { db } = openStorage({ dataDir: dir, now: NOW })
    expect(db?.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    db?.close()
    const backups = listBackupFiles(dir)
    expect(backups.map((b) => b.kind)).toEqual(['pre-migration'])
    expect(backups[0]?.createdAt).toBe(NOW)
    const copy = new Database(join(backupDir(dir), backups[0]?.name ?? ''), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(PREVIOUS_VERSION)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"')
    copy.close()
  })

  it('makes none for a new journal or one that is already current', () => {
    const dir = tempDir()
    openStorage({ dataDir: dir, now: NOW }).db?.close()
    openStorage({ dataDir: dir, now: NOW + 1 }).db?.close()
    expect(existsSync(backupDir(dir))).toBe(false)
  })

  it('does not migrate when the copy cannot be made', () => {
    const dir = tempDir()
    olderJournal(dir)
    // A file where the folder should be: the copy fails as on a full or read-only disk.
    writeFileSync(backupDir(dir), 'not a folder')
    expect(() => openStorage({ dataDir: dir, now: NOW })).toThrow()
    const db = new Database(join(dir, DB_FILE), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(PREVIOUS_VERSION)
    db.close()
    expect(readdirSync(dir).filter((f) => f.startsWith('limber-'))).toEqual([])
  })
})
