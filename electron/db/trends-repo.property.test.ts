import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyCheckIn, type CheckIn } from '../../shared/domain/checkin'
import { CrampContext, Relief, Trigger, type Episode } from '../../shared/domain/episode'
import { localDate, localMinuteOfDay, shiftDate } from '../../shared/domain/local-time'
import { ReminderOutcome, type ReminderRecord } from '../../shared/domain/reminders'
import type { Session } from '../../shared/domain/routines/history'
import { ourDatabase } from '../testing/fixtures'
import { testCore } from '../testing/core'
import { useTempDirs } from '../testing/temp-dir'
import { deleteAllData, restoreFromBackup } from '../services/data-actions'
import { naiveCrampNights, naiveRows, type NaiveJournal } from '../testing/trends-naive'
import { CheckInsRepository } from './checkins-repo'
import { openConnection, type Db } from './connection'
import { DB_FILE } from './constants'
import { EpisodesRepository } from './episodes-repo'
import { InsightsRepository } from './insights-repo'
import { migrate } from './migrate'
import { migrations } from './migrations'
import { RemindersRepository } from './reminders-repo'
import { RoutinesRepository } from './routines-repo'
import { TrendsRepository } from './trends-repo'

/*
 * Random journals around both 2026 European DST changes (29 March, 25
 * October), with offsets that jump as they do on those days and when
 * travelling; every SQL aggregate must equal the row-by-row recomputation.
 */
const DAYS = ['2026-03-23', '2026-10-19'] as const
const OFFSETS = [-300, -240, 0, 60, 120, 330] as const
const WINDOWS = [
  { start: '22:00', end: '07:00' },
  { start: '23:30', end: '06:15' },
  { start: '00:00', end: '05:00' },
  { start: '13:00', end: '15:00' },
]

const moment = fc.record({
  base: fc.constantFrom(...DAYS),
  day: fc.integer({ min: 0, max: 13 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  offset: fc.constantFrom(...OFFSETS),
})
type Moment = typeof moment extends fc.Arbitrary<infer T> ? T : never

/** The instant of a local wall-clock time under an offset. */
function instantOf(m: Moment): { at: number; utcOffsetMin: number } {
  const [y, mo, d] = shiftDate(m.base, m.day).split('-').map(Number) as [number, number, number]
  return { at: Date.UTC(y, mo - 1, d) + (m.minute - m.offset) * 60_000, utcOffsetMin: m.offset }
}

const episode = fc.record({
  when: moment,
  context: fc.constantFrom(...CrampContext.options),
  pain: fc.integer({ min: 0, max: 10 }),
  triggers: fc.subarray([...Trigger.options]),
  relief: fc.subarray([...Relief.options]),
  best: fc.boolean(),
  deleted: fc.boolean(),
})
const session = fc.record({
  when: moment,
  kind: fc.constantFrom('bedtime' as const, 'warm_up' as const),
  done: fc.boolean(),
})
const reminder = fc.record({ when: moment, outcome: fc.constantFrom(...ReminderOutcome.options) })
const checkIn = fc.record({
  base: fc.constantFrom(...DAYS),
  day: fc.integer({ min: 0, max: 13 }),
  water: fc.integer({ min: 0, max: 16 }).map((g) => g * 250),
})
const journal = fc.record({
  episodes: fc.array(episode, { minLength: 5, maxLength: 60, size: 'medium' }),
  sessions: fc.array(session, { maxLength: 20, size: 'medium' }),
  reminders: fc.array(reminder, { maxLength: 30, size: 'medium' }),
  /** Applied after the inserts: index into the reminders, then a new outcome/moment or deletion. */
  reminderEdits: fc.array(
    fc.record({
      at: fc.nat(),
      edit: fc.oneof(
        fc.record({ kind: fc.constant('outcome' as const), outcome: reminder }),
        fc.record({ kind: fc.constant('moved' as const), outcome: reminder }),
        fc.record({ kind: fc.constant('deleted' as const) }),
      ),
    }),
    { maxLength: 15 },
  ),
  checkIns: fc.uniqueArray(checkIn, {
    maxLength: 20,
    size: 'medium',
    selector: (c) => `${c.base}${c.day}`,
  }),
  night: fc.constantFrom(...WINDOWS),
  target: fc.constantFrom(1000, 2000, 2750),
  range: fc.record({ base: fc.constantFrom(...DAYS), from: fc.nat(13), length: fc.nat(20) }),
})
type Journal = typeof journal extends fc.Arbitrary<infer T> ? T : never

function write(db: Db, j: Journal): NaiveJournal {
  db.exec(
    'DELETE FROM episodes; DELETE FROM checkins; DELETE FROM routine_sessions; DELETE FROM reminder_history',
  )
  const episodes = new EpisodesRepository(db)
  const out: NaiveJournal = { episodes: [], checkIns: [], sessions: [], reminders: [] }
  for (const x of j.episodes) {
    const { at, utcOffsetMin } = instantOf(x.when)
    const e: Episode = {
      id: randomUUID(),
      startedAt: at,
      utcOffsetMin,
      durationSec: null,
      durationBucket: null,
      side: 'left',
      muscle: 'hamstring',
      pain: x.pain,
      context: x.context,
      triggers: x.triggers,
      relief: x.relief,
      reliefBest: x.best ? (x.relief[0] ?? null) : null,
      symptoms: [],
      soreness: null,
      legChanged: false,
      notes: '',
      loggedVia: 'form',
      createdAt: at,
      updatedAt: at,
    }
    // The stored local columns come from the same derivation the journal service uses.
    episodes.put(e, {
      localDate: localDate({ at, utcOffsetMin }),
      localMinute: localMinuteOfDay({ at, utcOffsetMin }),
    })
    if (x.deleted) episodes.markDeleted(e.id, at)
    out.episodes.push({ ...e, deleted: x.deleted })
  }
  for (const x of j.sessions) {
    const { at, utcOffsetMin } = instantOf(x.when)
    const s: Session = {
      id: randomUUID(),
      routineId: 'bedtime',
      routineName: x.kind,
      routineKind: x.kind,
      startedAt: at,
      endedAt: at + 60_000,
      utcOffsetMin,
      status: x.done ? 'completed' : 'stopped_early',
      requiredDone: x.done,
      steps: [],
      source: 'routines',
    }
    new RoutinesRepository(db).addSession(s.id, s, localDate({ at, utcOffsetMin }))
    out.sessions.push(s)
  }
  for (const x of j.reminders) {
    const { at, utcOffsetMin } = instantOf(x.when)
    const expired = x.outcome === 'expired' || x.outcome === 'held'
    const r: ReminderRecord = {
      id: randomUUID(),
      kind: 'bedtime',
      dueAt: at,
      firedAt: expired ? null : at,
      utcOffsetMin,
      outcome: x.outcome,
      outcomeAt: at,
      snoozeMin: x.outcome === 'snoozed' ? 5 : null,
      ...(x.outcome === 'held' ? { heldBy: 'camera' as const } : {}),
    }
    new RemindersRepository(db).insert(r, localDate({ at, utcOffsetMin }))
    out.reminders.push(r)
  }
  editReminders(db, j.reminderEdits, out.reminders)
  for (const x of j.checkIns) {
    const c: CheckIn = { ...emptyCheckIn(shiftDate(x.base, x.day)), waterMl: x.water, updatedAt: 0 }
    new CheckInsRepository(db).put(c)
    out.checkIns.push(c)
  }
  return out
}

/**
 * Updates and deletes reminder_history rows in place (what the triggers on
 * it must follow), mirroring each change in `reminders`.
 */
function editReminders(db: Db, edits: Journal['reminderEdits'], reminders: ReminderRecord[]): void {
  // An outcome given later sets that column alone; a move sets every column.
  const answer = db.prepare('UPDATE reminder_history SET outcome = @outcome WHERE id = @id')
  const move = db.prepare(
    `UPDATE reminder_history SET outcome = @outcome, due_at = @dueAt,
       utc_offset_min = @utcOffsetMin, local_date = @localDate WHERE id = @id`,
  )
  const remove = db.prepare('DELETE FROM reminder_history WHERE id = ?')
  for (const { at, edit } of edits) {
    const i = at % Math.max(reminders.length, 1)
    const r = reminders[i]
    if (!r) return
    if (edit.kind === 'deleted') {
      expect(remove.run(r.id).changes).toBe(1)
      reminders.splice(i, 1)
      continue
    }
    const moved = edit.kind === 'moved' ? instantOf(edit.outcome.when) : null
    const next: ReminderRecord = {
      ...r,
      outcome: edit.outcome.outcome,
      dueAt: moved?.at ?? r.dueAt,
      utcOffsetMin: moved?.utcOffsetMin ?? r.utcOffsetMin,
    }
    const localDay = localDate({ at: next.dueAt, utcOffsetMin: next.utcOffsetMin })
    const update = moved ? move : answer
    expect(update.run({ ...next, localDate: localDay }).changes).toBe(1)
    reminders[i] = next
  }
}

/** reminder_days as stored, and as recomputed from reminder_history. */
function reminderDays(db: Db): { stored: unknown[]; recomputed: unknown[] } {
  return {
    stored: db.prepare('SELECT * FROM reminder_days ORDER BY local_date').all(),
    recomputed: db
      .prepare(
        `SELECT local_date, COUNT(*) AS total,
           SUM(outcome IN ('done', 'routine_started')) AS acted
         FROM reminder_history GROUP BY local_date ORDER BY local_date`,
      )
      .all(),
  }
}

/** Order-free comparison: each list sorted by its JSON. */
function sorted<T extends Record<string, unknown[]>>(rows: T): Record<keyof T, string[]> {
  return Object.fromEntries(
    Object.entries(rows).map(([k, xs]) => [
      k,
      xs.map((x) => JSON.stringify(x, Object.keys(x as object).sort())).sort(),
    ]),
  ) as Record<keyof T, string[]>
}

const byWeek = (a: { week: string }, b: { week: string }) => a.week.localeCompare(b.week)

const tempDir = useTempDirs()
let db: Db
beforeAll(() => {
  db = ourDatabase(tempDir())
})
afterAll(() => db.close())

describe('Trends SQL aggregates', () => {
  it('equal a row-by-row recomputation on random journals across DST changes', () => {
    const repo = new TrendsRepository(db)
    const insights = new InsightsRepository(db)
    fc.assert(
      fc.property(journal, (j) => {
        // One transaction per journal: one sync to disk instead of one per row.
        const written = db.transaction(() => write(db, j))()
        const from = shiftDate(j.range.base, j.range.from - 3)
        const to = shiftDate(from, j.range.length)
        const q = { from, to, night: j.night, waterTargetMl: j.target }
        expect(sorted({ ...repo.rows(q) })).toEqual(
          sorted({ ...naiveRows(written, from, to, j.night, j.target) }),
        )
        expect(insights.crampNights(from, to, j.night)).toEqual(
          naiveCrampNights(written, from, to, j.night),
        )
        const days = reminderDays(db)
        expect(days.stored).toEqual(days.recomputed)
      }),
      { seed: 20261125, numRuns: 60 },
    )
  }, 120_000)

  it('read reminder days back-filled by migration 5 from earlier history', () => {
    fc.assert(
      fc.property(journal, (j) => {
        const old = openConnection(join(tempDir(), DB_FILE))
        try {
          migrate(
            old,
            migrations.filter((m) => m.version < 5),
          )
          // Entries are written with today's columns, which a version-4 file lacks; this
          // property is about reminder history, so the old file gets none. Held reminders
          // (and their held_by column) came later, in version 11.
          const reminders = j.reminders.filter((r) => r.outcome !== 'held')
          const written = old.transaction(() => write(old, { ...j, episodes: [], reminders }))()
          migrate(old, migrations)
          const days = reminderDays(old)
          expect(days.stored).toEqual(days.recomputed)
          expect(days.stored.length).toBe(
            new Set(
              written.reminders.map((r) =>
                localDate({ at: r.dueAt, utcOffsetMin: r.utcOffsetMin }),
              ),
            ).size,
          )
          const from = shiftDate(j.range.base, j.range.from - 3)
          const to = shiftDate(from, j.range.length)
          const q = { from, to, night: j.night, waterTargetMl: j.target }
          expect(new TrendsRepository(old).rows(q).reminders.sort(byWeek)).toEqual(
            naiveRows(written, from, to, j.night, j.target).reminders.sort(byWeek),
          )
        } finally {
          old.close()
        }
      }),
      { seed: 20261126, numRuns: 15 },
    )
  }, 120_000)

  it('keep reminder days with their history through restore and delete-all', async () => {
    const { core } = testCore(tempDir())
    try {
      const log = (n: number, outcome: ReminderRecord['outcome']) => {
        const reminders = new RemindersRepository(core.storage.connection())
        for (let i = 0; i < n; i++) {
          const at = Date.UTC(2026, 10, 1 + i, 21)
          const r: ReminderRecord = {
            id: randomUUID(),
            kind: 'bedtime',
            dueAt: at,
            firedAt: at,
            utcOffsetMin: 60,
            outcome,
            outcomeAt: at,
            snoozeMin: null,
          }
          reminders.insert(r, localDate({ at, utcOffsetMin: 60 }))
        }
      }
      log(5, 'done')
      const backup = await core.backups.create('daily')
      const saved = reminderDays(core.storage.connection())
      log(9, 'dismissed')
      expect(reminderDays(core.storage.connection()).stored).toHaveLength(9)

      await restoreFromBackup(core, backup.name)
      const restored = reminderDays(core.storage.connection())
      expect(restored.stored).toEqual(restored.recomputed)
      expect(restored.stored).toEqual(saved.stored)
      expect(restored.stored).toHaveLength(5)

      await deleteAllData(core, false)
      expect(reminderDays(core.storage.connection())).toEqual({ stored: [], recomputed: [] })
    } finally {
      core.close()
    }
  })
})
