import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { JournalService } from '../services/journal'
import { StorageService } from '../services/storage'
import { ManualClock } from '../../shared/domain/clock'
import { bundleWriter, ROOT } from '../testing/crash/harness'
import { crashEntry } from '../testing/crash/entry'
import { useTempDirs } from '../testing/temp-dir'
import { DB_FILE } from './constants'

const tempDir = useTempDirs()

/** A journal with a few entries written normally, before any limit applies. */
function journalWithEntries(dir: string): string[] {
  const clock = new ManualClock(Date.UTC(2026, 10, 25), () => 60)
  const storage = new StorageService({ dataDir: dir, clock })
  const journal = new JournalService(storage.connection(), clock, () => ({
    start: '22:00',
    end: '07:00',
  }))
  const ids = [1, 2, 3].map((seq) => journal.create(crashEntry(seq), 'form').id)
  storage.close()
  return ids
}

type Line =
  | { saved: string; seq: number }
  | { failed: { code: string; message: string } }
  | { readable: boolean }

describe.skipIf(process.platform === 'win32')('a write that fails for lack of space', () => {
  it('answers with a clear typed error and leaves the journal intact', async () => {
    const dir = tempDir()
    const earlier = journalWithEntries(dir)
    const writer = await bundleWriter(
      tempDir(),
      join(__dirname, '../testing/crash/full-disk-writer.ts'),
    )
    // The kernel refuses to grow any file past the limit, as on a full disk.
    // SIGXFSZ is ignored so the write fails with EFBIG instead of killing the process.
    const child = spawnSync(
      'sh',
      ['-c', `trap '' XFSZ; ulimit -f 512; exec "$0" "$@"`, process.execPath, writer, dir],
      {
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(child.stderr).toBe('')
    const lines = child.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line)
    const saved = lines.flatMap((l) => ('saved' in l ? [l.saved] : []))
    const failure = lines.find((l): l is Extract<Line, { failed: unknown }> => 'failed' in l)
    expect(saved.length).toBeGreaterThan(0)
    expect(failure?.failed.code).toBe('storage_failed')
    expect(failure?.failed.message).toMatch(/could not save to disk.*Nothing was changed/)
    expect(lines.at(-1)).toEqual({ readable: true })

    const db = new Database(join(dir, DB_FILE))
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const ids = new Set(db.prepare('SELECT id FROM episodes').pluck().all() as string[])
      expect([...earlier, ...saved].filter((id) => !ids.has(id))).toEqual([])
      // The failed save left nothing behind: exactly the saved entries are there.
      expect(ids.size).toBe(earlier.length + saved.length)
    } finally {
      db.close()
    }
  }, 90_000)
})
