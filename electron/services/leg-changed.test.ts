import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DB_FILE } from '../db/constants'
import { openConnection } from '../db/connection'
import { EpisodesRepository } from '../db/episodes-repo'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from './core'
import { todaySummary } from './today'

/*
 * "The leg looks or feels different" (red-flag rule 3) is stored with the
 * entry: it survives the migration that adds it, edits, export and import,
 * and raises the lingering flag like soreness that lasts for days.
 */
const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function setup(dir = tempDir()) {
  const t = testCore(dir)
  open.push(t.core)
  return { ...t, ...t.core.services() }
}

const at = Date.UTC(2026, 10, 20, 15)

describe('the leg looks or feels different', () => {
  it('entries saved before the column existed read as not noted', () => {
    const dir = tempDir()
    const db = openConnection(join(dir, DB_FILE))
    // The schema just before leg-changed (later migrations come after it, not instead of it).
    const legChanged = migrations.find((m) => m.name === 'leg-changed')?.version ?? 0
    migrate(
      db,
      migrations.filter((m) => m.version < legChanged),
    )
    db.prepare(
      `INSERT INTO episodes (id, started_at, utc_offset_min, local_date, local_minute, side, muscle,
         pain, context, logged_via, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', ?, 60, '2026-11-20', 960, 'left',
         'hamstring', 5, 'resting', 'form', ?, ?)`,
    ).run(at, at, at)
    migrate(db, migrations)
    expect(new EpisodesRepository(db).all().map((e) => e.legChanged)).toEqual([false])
    // Only 0 or 1 can be stored.
    expect(() => db.exec('UPDATE episodes SET leg_changed = 2')).toThrow(/CHECK/)
    db.close()
  })

  it('is saved, edited, and raises the lingering flag on Today', () => {
    const s = setup()
    const e = s.journal.create(episodeInput({ startedAt: at }), 'form')
    expect(e.legChanged).toBe(false)
    expect(s.journal.list({ filter: { redFlag: true }, cursor: null, limit: 10 }).items).toEqual([])
    const edited = s.journal.update(e.id, { ...episodeInput({ startedAt: at }), legChanged: true })
    expect(s.journal.get(e.id).legChanged).toBe(true)
    expect(edited.legChanged).toBe(true)
    const listed = s.journal.list({ filter: { redFlag: true }, cursor: null, limit: 10 }).items
    expect(listed.map((x) => x.id)).toEqual([e.id])
    const today = todaySummary(s.clock, s.journal, s.checkIns, s.core.nightWindow())
    expect(today.flags.map((f) => f.key)).toEqual(['lingering'])
    expect(today.flags[0]?.found).toBe('1 entry in the last 30 days')
  })

  it('travels in the JSON export and the cramps CSV; older files without it still import', () => {
    const source = setup()
    source.journal.create(episodeInput({ startedAt: at, legChanged: true }), 'form')
    const file = source.transfer.render('json').content
    const target = setup()
    target.transfer.import(file)
    expect(target.journal.list({ filter: {}, cursor: null, limit: 10 }).items[0]?.legChanged).toBe(
      true,
    )
    const csv = source.transfer.render('episodes_csv').content.split('\r\n')
    const header = csv[0]?.split(',') ?? []
    const column = header.indexOf('leg_looks_or_feels_different')
    expect(column).toBeGreaterThan(-1)
    expect(csv[1]?.split(',')[column]).toBe('yes')

    // A file exported before the field existed.
    const old = JSON.parse(file) as { episodes: Record<string, unknown>[] }
    for (const e of old.episodes) delete e.legChanged
    const fresh = setup()
    fresh.transfer.import(JSON.stringify(old))
    expect(fresh.journal.list({ filter: {}, cursor: null, limit: 10 }).items[0]?.legChanged).toBe(
      false,
    )
  })
})
