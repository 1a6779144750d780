import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyDatabaseFiles, ourDatabase } from '../testing/fixtures'
import { useTempDirs } from '../testing/temp-dir'
import { DB_FILE } from './constants'
import { openStorage } from './open'

// Found by the crash test: a kill during a checkpoint can leave page 1 (with
// the new, larger page count) written to the main file before the pages
// after it. The -wal still holds every page, so nothing is lost, and the
// journal must open, not be quarantined as truncated.

const tempDir = useTempDirs()
const WAL_HEADER = 32
const FRAME_HEADER = 24

/** Copies the newest page 1 from the -wal into the main file, and nothing else. */
function checkpointOnlyPageOne(dir: string): void {
  const db = readFileSync(join(dir, DB_FILE))
  const wal = readFileSync(join(dir, `${DB_FILE}-wal`))
  const pageSize = wal.readUInt32BE(8)
  let page1: Buffer | null = null
  for (
    let at = WAL_HEADER;
    at + FRAME_HEADER + pageSize <= wal.length;
    at += FRAME_HEADER + pageSize
  ) {
    if (wal.readUInt32BE(at) === 1)
      page1 = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize)
  }
  if (!page1) throw new Error('no page 1 in the -wal')
  page1.copy(db, 0)
  writeFileSync(join(dir, DB_FILE), db)
}

describe('a checkpoint cut short by a crash', () => {
  it('opens with every committed row, without quarantine', () => {
    const live = tempDir()
    const crashed = tempDir()
    const db = ourDatabase(live)
    db.pragma('wal_autocheckpoint = 0')
    db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)')
    const insert = db.prepare('INSERT INTO filler (text) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`row ${i} ${'x'.repeat(300)}`)
    })()
    copyDatabaseFiles(live, crashed)
    db.close()
    const before = readFileSync(join(crashed, DB_FILE)).length
    checkpointOnlyPageOne(crashed)
    const header = readFileSync(join(crashed, DB_FILE))
    // The header now claims more pages than the file has.
    expect(header.readUInt32BE(28) * header.readUInt16BE(16)).toBeGreaterThan(before)

    const result = openStorage({ dataDir: crashed, now: Date.UTC(2026, 10, 25) })
    expect(result.status.state).toBe('ok')
    expect(result.db?.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(500)
    expect(result.db?.pragma('integrity_check', { simple: true })).toBe('ok')
    result.db?.close()
  })
})
