import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { bundleWriter, runAndKill, seeded } from '../testing/crash/harness'
import { crashEntry, seqOf } from '../testing/crash/entry'
import { useTempDirs } from '../testing/temp-dir'
import { DB_FILE } from './constants'

// Each round is 100 kills on one database, which grows by a few thousand
// entries a round. LIMBER_LONG=1 runs ten rounds (1,000 kills), each on a
// fresh database: one database through 1,000 kills would reach hundreds of
// megabytes, and each start-up's check of it would dominate the run.
const KILLS_PER_ROUND = 100
const ROUNDS = process.env['LIMBER_LONG'] ? 10 : 1
const SEED = 20261125
const tempDir = useTempDirs()

interface Row {
  id: string
  started_at: number
  utc_offset_min: number
  duration_sec: number | null
  side: string
  pain: number
  triggers: string
  notes: string
}

describe('crash safety', () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => round))(
    `keeps every committed entry whole through ${KILLS_PER_ROUND} SIGKILLs at random moments (round %i)`,
    async (round) => {
      const random = seeded(SEED + round)
      // A SIGKILL ends the process, not the machine: the OS keeps every byte
      // already handed to it, so a RAM-backed folder, where fsync is cheap,
      // faces exactly the same crash and lets many more writes happen.
      const dataDir = tempDir(existsSync('/dev/shm') ? '/dev/shm' : undefined)
      const writer = await bundleWriter(tempDir())
      const committed = new Map<string, number>()
      let killedMidWrite = 0
      for (let i = 0; i < KILLS_PER_ROUND; i++) {
        // Most kills land while entries are being written; some during start-up,
        // while the database is being opened or created.
        const afterReady = random() > 0.15
        const delay = Math.floor(random() * (afterReady ? 80 : 150))
        const run = await runAndKill(writer, dataDir, i * 1_000_000, delay, afterReady)
        if (run.signal !== 'SIGKILL') {
          throw new Error(`iteration ${i}: the writer ended by itself (${run.code}): ${run.stderr}`)
        }
        for (const { id, seq } of run.committed) committed.set(id, seq)
        if (run.committed.length > 0) killedMidWrite++
      }
      // The kills are meant to interrupt writing, not only start-up.
      expect(killedMidWrite).toBeGreaterThan(KILLS_PER_ROUND / 2)
      expect(committed.size).toBeGreaterThan(KILLS_PER_ROUND)
      const rows = expectWholeJournal(dataDir, committed)
      console.info(
        `crash test round ${round}: ${KILLS_PER_ROUND} kills, ${killedMidWrite} mid-write, ${committed.size} reported ids, ${rows} rows`,
      )
    },
    KILLS_PER_ROUND * 2000,
  )
})

/**
 * Not quarantined, intact, and holding every reported id as the whole entry
 * its writer meant; rows written just before a kill must be whole too.
 * Returns the number of rows.
 */
function expectWholeJournal(dataDir: string, committed: Map<string, number>): number {
  expect(existsSync(join(dataDir, 'quarantine'))).toBe(false)
  const db = new Database(join(dataDir, DB_FILE))
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    const rows = db.prepare('SELECT * FROM episodes').all() as Row[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    const missing = [...committed.keys()].filter((id) => !byId.has(id))
    expect(missing).toEqual([])
    for (const row of rows) {
      const seq = seqOf(row.notes)
      expect(seq, `row ${row.id} has a foreign note`).not.toBeNull()
      const want = crashEntry(seq ?? -1)
      expect({
        startedAt: row.started_at,
        utcOffsetMin: row.utc_offset_min,
        durationSec: row.duration_sec,
        side: row.side,
        pain: row.pain,
        triggers: JSON.parse(row.triggers) as unknown,
        notes: row.notes,
      }).toEqual({
        startedAt: want.startedAt,
        utcOffsetMin: want.utcOffsetMin,
        durationSec: want.durationSec,
        side: want.side,
        pain: want.pain,
        triggers: want.triggers,
        notes: want.notes,
      })
      if (committed.has(row.id)) expect(committed.get(row.id)).toBe(seq)
    }
    return rows.length
  } finally {
    db.close()
  }
}
