import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CrampContext, DurationBucket, Symptom, type Episode } from '../../shared/domain/episode'
import { localDate, localMinuteOfDay, shiftDate } from '../../shared/domain/local-time'
import { episodeFlags, flagChecks, journalFlags } from '../../shared/domain/red-flags'
import { storedCramp } from '../../shared/testing/cramps'
import { ourDatabase } from '../testing/fixtures'
import { useTempDirs } from '../testing/temp-dir'
import type { Db } from './connection'
import { EpisodesRepository } from './episodes-repo'
import { InsightsRepository } from './insights-repo'

/*
 * The red-flag signs live in TypeScript (shared/domain/red-flag-rules.ts)
 * and in the journal's SQL filter. Random journals, written to a real
 * SQLite file, must get the same answer from both, and the rows the report
 * and Insights read back must raise exactly the flags the entries do.
 */
const TODAY = '2026-11-25'
const NIGHT = { start: '22:00', end: '07:00' }

const entry = fc.record({
  day: fc.integer({ min: 0, max: 95 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  offset: fc.constantFrom(-300, 0, 60, 330),
  context: fc.constantFrom(...CrampContext.options),
  pain: fc.integer({ min: 0, max: 10 }),
  symptoms: fc.subarray([...Symptom.options]),
  soreness: fc.option(fc.integer({ min: 0, max: 3 })),
  legChanged: fc.boolean(),
  durationSec: fc.option(fc.integer({ min: 1, max: 1200 })),
  durationBucket: fc.option(fc.constantFrom(...DurationBucket.options)),
  deleted: fc.boolean(),
})
const journal = fc.array(entry, { maxLength: 50, size: 'medium' })
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never

function toEpisode(x: Entry): Episode {
  const [y, m, d] = shiftDate(TODAY, -x.day).split('-').map(Number) as [number, number, number]
  return storedCramp({
    id: randomUUID(),
    startedAt: Date.UTC(y, m - 1, d) + (x.minute - x.offset) * 60_000,
    utcOffsetMin: x.offset,
    context: x.context,
    pain: x.pain,
    symptoms: x.symptoms,
    soreness: x.soreness,
    legChanged: x.legChanged,
    durationSec: x.durationSec,
    durationBucket: x.durationBucket,
  })
}

/** Writes the journal as the journal service does; returns the live entries. */
function write(db: Db, xs: Entry[]): Episode[] {
  db.exec('DELETE FROM episodes')
  const repo = new EpisodesRepository(db)
  const live: Episode[] = []
  for (const x of xs) {
    const e = toEpisode(x)
    const place = { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
    repo.put(e, { localDate: localDate(place), localMinute: localMinuteOfDay(place) })
    if (x.deleted) repo.markDeleted(e.id, e.startedAt)
    else live.push(e)
  }
  return live
}

const tempDir = useTempDirs()
let db: Db
beforeAll(() => {
  db = ourDatabase(tempDir())
})
afterAll(() => db.close())

describe('red-flag signs: SQL and TypeScript agree', () => {
  it('the journal’s "red flags" filter lists exactly the entries that raise a flag on their own', () => {
    const repo = new EpisodesRepository(db)
    fc.assert(
      fc.property(journal, (xs) => {
        const live = db.transaction(() => write(db, xs))()
        const expected = live
          .filter((e) => episodeFlags(e).length > 0)
          .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
          .map((e) => e.id)
        const listed = repo.list({ redFlag: true }, null, 1000).map((e) => e.id)
        expect(listed).toEqual(expected)
      }),
      { seed: 20261202, numRuns: 60 },
    )
  })

  it('the rows Insights and the report read raise the same flags as the entries', () => {
    const insights = new InsightsRepository(db)
    fc.assert(
      fc.property(journal, (xs) => {
        const live = db.transaction(() => write(db, xs))()
        const from = shiftDate(TODAY, -89)
        const placed = insights.placed(shiftDate(TODAY, -100), TODAY)
        expect(journalFlags(placed, TODAY, NIGHT)).toEqual(journalFlags(live, TODAY, NIGHT))
        const windows = { asOf: TODAY, signsFrom: from, dated: true }
        expect(flagChecks(placed, windows, NIGHT)).toEqual(flagChecks(live, windows, NIGHT))
      }),
      { seed: 20261203, numRuns: 40 },
    )
  })
})
