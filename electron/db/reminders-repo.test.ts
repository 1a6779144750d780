import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReminderRecord } from '../../shared/domain/reminders'
import { useTempDirs } from '../testing/temp-dir'
import { openConnection } from './connection'
import { DB_FILE } from './constants'
import { migrate } from './migrate'
import { migrations } from './migrations'
import { RemindersRepository } from './reminders-repo'

const tempDir = useTempDirs()
const HOUR = 3_600_000

function record(over: Partial<ReminderRecord> = {}): ReminderRecord {
  const dueAt = Date.UTC(2026, 10, 23, 8, 45)
  return {
    id: `r-${Math.random().toString(36).slice(2)}`,
    kind: 'move',
    dueAt,
    firedAt: dueAt,
    utcOffsetMin: 60,
    outcome: 'done',
    outcomeAt: dueAt + 60_000,
    snoozeMin: null,
    ...over,
  }
}

describe('migration 4: reminder_history', () => {
  it('adds the table to a version 3 database and keeps what was there', () => {
    const path = join(tempDir(), DB_FILE)
    const v3 = openConnection(path)
    migrate(v3, migrations.slice(0, 3))
    v3.prepare("INSERT INTO settings VALUES ('theme', '\"dark\"', 1)").run()
    v3.close()

    const db = openConnection(path)
    expect(migrate(db, migrations.slice(0, 4))).toEqual([4])
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"')
    const columns = db
      .prepare('SELECT name, type, "notnull" FROM pragma_table_info(\'reminder_history\')')
      .all()
    expect(columns).toEqual([
      { name: 'id', type: 'TEXT', notnull: 1 },
      { name: 'kind', type: 'TEXT', notnull: 1 },
      { name: 'due_at', type: 'INTEGER', notnull: 1 },
      { name: 'fired_at', type: 'INTEGER', notnull: 0 },
      { name: 'utc_offset_min', type: 'INTEGER', notnull: 1 },
      { name: 'local_date', type: 'TEXT', notnull: 1 },
      { name: 'outcome', type: 'TEXT', notnull: 1 },
      { name: 'outcome_at', type: 'INTEGER', notnull: 1 },
      { name: 'snooze_min', type: 'INTEGER', notnull: 0 },
    ])
    // STRICT: a wrongly typed value is refused rather than stored as text.
    expect(() =>
      db
        .prepare(
          `INSERT INTO reminder_history VALUES ('x', 'move', 'soon', NULL, 60, '2026-11-23',
             'done', 1, NULL)`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/)
    // Trends reads whole local days; that must not scan the table.
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM reminder_history WHERE local_date >= '2026-11-01'")
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join()).toMatch(/USING INDEX reminder_history_local_date/)
    db.close()
  })
})

describe('RemindersRepository', () => {
  it('stores rows with their local day and lists those from a day on, newest first', () => {
    const db = openConnection(join(tempDir(), DB_FILE))
    migrate(db, migrations)
    const repo = new RemindersRepository(db)
    const snoozed = record({ outcome: 'snoozed', snoozeMin: 10 })
    const doneLater = record({
      dueAt: snoozed.dueAt + HOUR,
      firedAt: snoozed.dueAt + HOUR,
      outcomeAt: snoozed.dueAt + HOUR + 5000,
    })
    // Due with the snoozed one but only found stale on waking, two hours on.
    const expired = record({
      kind: 'bedtime',
      firedAt: null,
      outcome: 'expired',
      outcomeAt: snoozed.dueAt + 2 * HOUR,
    })
    const dayBefore = record({
      dueAt: snoozed.dueAt - 24 * HOUR,
      firedAt: null,
      outcome: 'expired',
    })
    repo.insert(snoozed, '2026-11-23')
    repo.insert(expired, '2026-11-23')
    repo.insert(doneLater, '2026-11-23')
    repo.insert(dayBefore, '2026-11-22')

    expect(repo.since('2026-11-23')).toEqual([doneLater, expired, snoozed])
    expect(repo.since('2026-11-22')).toHaveLength(4)
    expect(repo.since('2026-11-24')).toEqual([])
    db.close()
  })
})
