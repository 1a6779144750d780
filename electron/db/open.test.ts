import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/temp-dir'
import {
  APPLICATION_ID,
  badDatabases,
  copyDatabaseFiles,
  ourDatabase,
  type BadDatabaseKind,
} from '../testing/fixtures'
import { DB_FILE } from './constants'
import { LATEST_VERSION } from './migrations'
import { openStorage } from './open'
import { existingFiles, sha256 } from './quarantine'

const NOW = Date.UTC(2026, 10, 25, 8, 30)
const tempDir = useTempDirs()

function fingerprint(dir: string): Record<string, string> {
  const dbPath = join(dir, DB_FILE)
  return Object.fromEntries(
    existingFiles(dbPath).map((f) => [f.slice(dbPath.length) || 'db', sha256(f)]),
  )
}

describe('openStorage', () => {
  it('creates a new database with the durability pragmas and our application id', () => {
    const dir = join(tempDir(), 'nested', 'data')
    const { db, status } = openStorage({ dataDir: dir, now: NOW })
    expect(status).toEqual({ state: 'ok', dbPath: join(dir, DB_FILE) })
    if (!db) throw new Error('expected an open database')
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    db.close()
  })

  it('reopens an existing database and keeps its data', () => {
    const dir = tempDir()
    const first = openStorage({ dataDir: dir, now: NOW }).db
    first?.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"', 1)").run()
    first?.close()
    const again = openStorage({ dataDir: dir, now: NOW })
    expect(again.status.state).toBe('ok')
    expect(again.db?.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"')
    again.db?.close()
  })

  it('replays committed changes left in the -wal by a crash', () => {
    const live = tempDir()
    const crashed = tempDir()
    const db = ourDatabase(live)
    db.prepare("INSERT INTO settings VALUES ('theme', '\"light\"', 1)").run()
    copyDatabaseFiles(live, crashed)
    db.close()
    expect(statSync(join(crashed, `${DB_FILE}-wal`)).size).toBeGreaterThan(0)
    const reopened = openStorage({ dataDir: crashed, now: NOW })
    expect(reopened.status.state).toBe('ok')
    expect(reopened.db?.prepare('SELECT value FROM settings').pluck().get()).toBe('"light"')
    reopened.db?.close()
  })

  const cases: [BadDatabaseKind, 'newer' | 'foreign' | 'corrupt'][] = [
    ['newer', 'newer'],
    ['foreign', 'foreign'],
    ['foreignUnmarked', 'foreign'],
    ['truncated', 'corrupt'],
    ['randomBytes', 'corrupt'],
    ['flippedPage', 'corrupt'],
  ]

  it.each(cases)('quarantines a %s database byte for byte and never writes it', (kind, reason) => {
    const dir = tempDir()
    badDatabases[kind](dir)
    const before = fingerprint(dir)
    const mtime = statSync(join(dir, DB_FILE)).mtimeMs
    const result = openStorage({ dataDir: dir, now: NOW })
    expect(result.db).toBeNull()
    expect(result.status).toMatchObject({ state: 'quarantined', reason })
    if (result.status.state !== 'quarantined') return
    expect(result.status.message.length).toBeGreaterThan(20)
    expect(result.status.quarantinePath).toBe(join(dir, 'quarantine', '2026-11-25T08-30-00-000Z'))
    // The originals are exactly as they were, with no new sidecar files.
    expect(fingerprint(dir)).toEqual(before)
    expect(statSync(join(dir, DB_FILE)).mtimeMs).toBe(mtime)
    // The copy is whole and identical.
    expect(fingerprint(result.status.quarantinePath)).toEqual(before)
  })

  it('sees a newer version that so far exists only in the -wal', () => {
    const live = tempDir()
    const crashed = tempDir()
    const db = ourDatabase(live)
    db.pragma('user_version = 999')
    copyDatabaseFiles(live, crashed)
    db.close()
    const before = fingerprint(crashed)
    expect(Object.keys(before)).toContain('-wal')
    const result = openStorage({ dataDir: crashed, now: NOW })
    expect(result.status).toMatchObject({ state: 'quarantined', reason: 'newer' })
    expect(fingerprint(crashed)).toEqual(before)
  })

  it('keeps each quarantine separate when it happens twice in the same millisecond', () => {
    const dir = tempDir()
    badDatabases.randomBytes(dir)
    const a = openStorage({ dataDir: dir, now: NOW }).status
    const b = openStorage({ dataDir: dir, now: NOW }).status
    if (a.state !== 'quarantined' || b.state !== 'quarantined')
      throw new Error('expected quarantine')
    expect(a.quarantinePath).not.toBe(b.quarantinePath)
    expect(readdirSync(join(dir, 'quarantine'))).toHaveLength(2)
  })

  it('treats an empty file as a new database', () => {
    const dir = tempDir()
    new Database(join(dir, DB_FILE)).close() // creates a 0-byte file
    const result = openStorage({ dataDir: dir, now: NOW })
    expect(result.status.state).toBe('ok')
    result.db?.close()
    expect(existsSync(join(dir, 'quarantine'))).toBe(false)
  })
})
