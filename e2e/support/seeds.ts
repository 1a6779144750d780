import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** Bytes that are no database at all. */
export function randomFile(size = 16 * 1024): Buffer {
  return randomBytes(size)
}

/** A healthy SQLite database that some other program made (its own application_id). */
export function foreignSqlite(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'limber-seed-'))
  try {
    const file = join(dir, 'other.db')
    const db = new Database(file)
    db.pragma('journal_mode = DELETE')
    db.pragma(`application_id = 1179799111`) // "FRNG"
    db.exec(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('not yours')",
    )
    db.close()
    return readFileSync(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function sha256File(path: string): string {
  return sha256(readFileSync(path))
}
