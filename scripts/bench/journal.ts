/**
 * Journal benchmark (issue: first page and a filtered search under 5 ms
 * median with ten years of data). Run: npx tsx scripts/bench/journal.ts
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ManualClock } from '../../shared/domain/clock'
import { Core } from '../../electron/services/core'
import { seedJournal } from './dataset'
import { measure, printTable } from './measure'

const dir = mkdtempSync(join(tmpdir(), 'limber-bench-'))
const clock = new ManualClock(Date.UTC(2026, 10, 25, 12), () => 0)
const core = new Core({
  dataDir: dir,
  clock,
  info: { name: 'Limber', version: 'bench', shell: 'browser' },
  emit: () => {},
  quit: () => {},
})
try {
  seedJournal(core.storage.connection(), '2026-11-25', { days: 3650, episodes: 5000 })
  const { journal } = core.services()
  const db = core.storage.connection()
  const rows = [
    measure('journal first page (50)', 5, () =>
      journal.list({ filter: {}, cursor: null, limit: 50 }),
    ),
    measure('  lower bound: one SQL statement', null, () =>
      db
        .prepare(
          'SELECT * FROM episodes WHERE deleted_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 51',
        )
        .all(),
    ),
    measure('filtered text search (hamstring, pain ≥ 5, "hill")', 5, () =>
      journal.list({
        filter: { muscle: 'hamstring', minPain: 5, text: 'hill' },
        cursor: null,
        limit: 50,
      }),
    ),
    measure('  lower bound: one SQL statement', null, () =>
      db
        .prepare(
          "SELECT * FROM episodes WHERE deleted_at IS NULL AND muscle = 'hamstring' AND pain >= 5 AND notes LIKE '%hill%' ORDER BY started_at DESC, id DESC LIMIT 51",
        )
        .all(),
    ),
  ]
  const failed = printTable(rows)
  process.exitCode = failed ? 1 : 0
} finally {
  core.close()
  rmSync(dir, { recursive: true, force: true })
}
