import type { Core } from '../../../electron/services/core'
import type { Row } from '../row'
import { timeSideBySide, type Repeat } from '../stats'

const REPEAT: Repeat = { warmup: 50, runs: 300 }
const BUDGET = { limit: 5, on: 'median' } as const

/** The columns the repository reads, so the lower bound returns the same values. */
const COLUMNS = `id, started_at, utc_offset_min, duration_sec, duration_bucket, side, muscle, pain,
  context, triggers, relief, relief_best, symptoms, soreness, leg_changed, notes, logged_via,
  created_at, updated_at`

/**
 * The journal's first page and a filtered text search through the service
 * (as the IPC handler calls it), each beside one hand-written statement
 * returning the same rows straight from SQLite.
 */
export async function journalMeasures(core: Core): Promise<Row[]> {
  const { journal } = core.services()
  const db = core.storage.connection()
  const firstPage = db.prepare(
    `SELECT ${COLUMNS} FROM episodes WHERE deleted_at IS NULL
     ORDER BY started_at DESC, id DESC LIMIT 51`,
  )
  const search = db.prepare(
    `SELECT ${COLUMNS} FROM episodes WHERE deleted_at IS NULL AND muscle = 'hamstring'
     AND pain >= 5 AND notes LIKE '%hill%' ORDER BY started_at DESC, id DESC LIMIT 51`,
  )
  const page = () => journal.list({ filter: {}, cursor: null, limit: 50 })
  const filtered = () =>
    journal.list({
      filter: { muscle: 'hamstring', minPain: 5, text: 'hill' },
      cursor: null,
      limit: 50,
    })
  // The comparison only means something if both sides answer the same.
  assertSameIds(page().items, firstPage.all() as { id: string }[], 'first page')
  assertSameIds(filtered().items, search.all() as { id: string }[], 'search')
  return [
    {
      name: 'journal first page (50 of 5,000)',
      unit: 'ms',
      ...(await timeSideBySide(page, () => firstPage.all(), REPEAT)),
      budget: BUDGET,
    },
    {
      name: 'journal search (hamstring, pain ≥ 5, "hill")',
      unit: 'ms',
      ...(await timeSideBySide(filtered, () => search.all(), REPEAT)),
      budget: BUDGET,
    },
  ]
}

function assertSameIds(service: { id: string }[], sql: { id: string }[], what: string): void {
  const a = service.map((e) => e.id).join()
  const b = sql
    .slice(0, 50)
    .map((e) => e.id)
    .join()
  if (a !== b || service.length === 0) throw new Error(`${what}: service and SQL disagree`)
}
