import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { APPLICATION_ID, DB_FILE } from '../db/constants'
import { openConnection } from '../db/connection'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'

/**
 * Bad database files of the kinds users end up with: each writes
 * `limber.db` (and possibly -wal/-shm) into `dir`.
 */
export const badDatabases = {
  /** Saved by a future version of Limber. */
  newer(dir: string): void {
    const db = ourDatabase(dir)
    db.pragma('user_version = 999')
    db.close()
  },
  /** Some other program's SQLite file. */
  foreign(dir: string): void {
    const db = new Database(join(dir, DB_FILE))
    db.pragma('application_id = 12345')
    db.exec('CREATE TABLE other (x)')
    db.close()
  },
  /** Someone else's SQLite file without any application id. */
  foreignUnmarked(dir: string): void {
    const db = new Database(join(dir, DB_FILE))
    db.exec('CREATE TABLE other (x); INSERT INTO other VALUES (1)')
    db.close()
  },
  /** Cut off in the middle, as after a failed copy. */
  truncated(dir: string): void {
    const path = join(dir, DB_FILE)
    const db = ourDatabase(dir)
    fill(db)
    db.close()
    const bytes = readFileSync(path)
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2) + 100))
  },
  /** Not a database at all. */
  randomBytes(dir: string): void {
    writeFileSync(join(dir, DB_FILE), randomBytes(64 * 1024))
  },
  /** A valid header with one page of the b-tree overwritten. */
  flippedPage(dir: string): void {
    const path = join(dir, DB_FILE)
    const db = ourDatabase(dir)
    fill(db)
    db.close()
    const bytes = readFileSync(path)
    const pageSize = bytes.readUInt16BE(16)
    const page = Math.floor(bytes.length / pageSize / 2)
    for (let at = page * pageSize; at < (page + 1) * pageSize; at++) {
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0xa5, at)
    }
    writeFileSync(path, bytes)
  },
}

export type BadDatabaseKind = keyof typeof badDatabases

/** A migrated Limber database, open for writing. */
export function ourDatabase(dir: string): Database.Database {
  const db = openConnection(join(dir, DB_FILE))
  migrate(db, migrations)
  return db
}

/** Enough rows to span many pages, with an index to check. */
function fill(db: Database.Database): void {
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
  db.exec('CREATE INDEX filler_text ON filler (text)')
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(i % 200)}`)
  })()
}

/**
 * Copies a database's files as they are on disk. Called while a connection
 * is still open, the copy has committed data only in its -wal: what a crash
 * leaves behind.
 */
export function copyDatabaseFiles(fromDir: string, toDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const src = join(fromDir, `${DB_FILE}${suffix}`)
    if (existsSync(src)) copyFileSync(src, join(toDir, `${DB_FILE}${suffix}`))
  }
}

export { APPLICATION_ID }
