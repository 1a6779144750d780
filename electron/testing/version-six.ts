import type { Db } from '../db/connection'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'

/*
 * Test-only: a journal as schema version 6 stored it, when answering "No, a
 * quiet night" on Today wrote a check-in row of blank values.
 */

/** The one medication in the journal, named by a check-in that holds only an answer. */
export const MED_ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b'

/** A check-in row as version 6 stored it, with the blank form's values unless told. */
function oldRow(db: Db, date: string, over: Record<string, unknown> = {}): void {
  db.prepare(
    `INSERT INTO checkins (date, water_ml, electrolytes, caffeine_drinks, exercise, sitting_hours,
       stretched_before_bed, sleep_quality, night_report, note, updated_at)
     VALUES (@date, @water_ml, @electrolytes, @caffeine_drinks, @exercise, @sitting_hours,
       @stretched_before_bed, @sleep_quality, @night_report, @note, @updated_at)`,
  ).run({
    date,
    water_ml: 0,
    electrolytes: '[]',
    caffeine_drinks: 0,
    exercise: '[]',
    sitting_hours: 0,
    stretched_before_bed: 0,
    sleep_quality: null,
    night_report: null,
    note: '',
    updated_at: 1000,
    ...over,
  })
}

/** A version 6 journal: answers that made empty check-ins, and real check-ins. */
export function versionSixJournal(db: Db): void {
  migrate(db, migrations.slice(0, 6))
  db.prepare(
    `INSERT INTO medications (id, name, kind, started_on, archived, created_at)
     VALUES (@id, 'Amlodipine', 'blood_pressure', NULL, 0, 0)`,
  ).run({ id: MED_ID })
  oldRow(db, '2026-11-01', { night_report: 'none' })
  oldRow(db, '2026-11-02', { night_report: 'cramps', updated_at: 2000 })
  oldRow(db, '2026-11-03', { night_report: 'none', water_ml: 1500 })
  oldRow(db, '2026-11-04', { night_report: 'none', note: 'long flight' })
  oldRow(db, '2026-11-05', { night_report: 'none' })
  db.prepare("INSERT INTO checkin_medications (date, medication_id) VALUES ('2026-11-05', ?)").run(
    MED_ID,
  )
  oldRow(db, '2026-11-06', { water_ml: 2000 })
  oldRow(db, '2026-11-07', { stretched_before_bed: 1 })
}
