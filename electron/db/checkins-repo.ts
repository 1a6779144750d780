import type { CheckIn, Medication } from '../../shared/domain/checkin'
import type { Db } from './connection'
import { prepared } from './statements'

interface CheckInRow {
  date: string
  water_ml: number
  electrolytes: string
  caffeine_drinks: number
  exercise: string
  sitting_hours: number
  stretched_before_bed: number
  sleep_quality: number | null
  night_report: string | null
  note: string
  updated_at: number
  medication_ids: string | null
}

// The morning answer lives in night_reports (migration 7); a check-in shows its day's one.
const SELECT = `SELECT c.*, n.report AS night_report,
  (SELECT json_group_array(medication_id) FROM checkin_medications m
    WHERE m.date = c.date) AS medication_ids
  FROM checkins c LEFT JOIN night_reports n ON n.date = c.date`

/** Daily check-ins (one per local date) and the user's medication list. */
export class CheckInsRepository {
  constructor(private readonly db: Db) {}

  get(date: string): CheckIn | null {
    const row = prepared(this.db, `${SELECT} WHERE c.date = ?`).get(date) as CheckInRow | undefined
    return row ? fromRow(row) : null
  }

  /** The latest check-in strictly before `date` ("same as yesterday"). */
  before(date: string): CheckIn | null {
    const row = this.db
      .prepare(`${SELECT} WHERE c.date < ? ORDER BY c.date DESC LIMIT 1`)
      .get(date) as CheckInRow | undefined
    return row ? fromRow(row) : null
  }

  between(from: string, to: string): CheckIn[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE c.date BETWEEN ? AND ? ORDER BY c.date`)
      .all(from, to) as CheckInRow[]
    return rows.map(fromRow)
  }

  all(): CheckIn[] {
    return (this.db.prepare(`${SELECT} ORDER BY c.date`).all() as CheckInRow[]).map(fromRow)
  }

  /**
   * Replaces the day's check-in and its medication links together. The
   * night answer is not part of the row: NightReportsRepository keeps it.
   */
  put(c: Omit<CheckIn, 'nightReport'>): void {
    this.db.transaction(() => {
      prepared(
        this.db,
        `INSERT OR REPLACE INTO checkins (date, water_ml, electrolytes, caffeine_drinks, exercise,
             sitting_hours, stretched_before_bed, sleep_quality, note, updated_at)
           VALUES (@date, @water_ml, @electrolytes, @caffeine_drinks, @exercise, @sitting_hours,
             @stretched_before_bed, @sleep_quality, @note, @updated_at)`,
      ).run({
        date: c.date,
        water_ml: c.waterMl,
        electrolytes: JSON.stringify(c.electrolytes),
        caffeine_drinks: c.caffeineDrinks,
        exercise: JSON.stringify(c.exercise),
        sitting_hours: c.sittingHours,
        stretched_before_bed: c.stretchedBeforeBed ? 1 : 0,
        sleep_quality: c.sleepQuality,
        note: c.note,
        updated_at: c.updatedAt,
      })
      prepared(this.db, 'DELETE FROM checkin_medications WHERE date = ?').run(c.date)
      const link = prepared(
        this.db,
        'INSERT INTO checkin_medications (date, medication_id) VALUES (?, ?)',
      )
      for (const id of c.medicationIds) link.run(c.date, id)
    })()
  }

  medications(): Medication[] {
    const rows = this.db
      .prepare(
        'SELECT id, name, kind, started_on, archived FROM medications ORDER BY archived, name COLLATE NOCASE',
      )
      .all() as {
      id: string
      name: string
      kind: string
      started_on: string | null
      archived: number
    }[]
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as Medication['kind'],
      startedOn: r.started_on,
      archived: r.archived === 1,
    }))
  }

  medicationExists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM medications WHERE id = ?').get(id) !== undefined
  }

  putMedication(m: Medication, now: number): void {
    this.db
      .prepare(
        `INSERT INTO medications (id, name, kind, started_on, archived, created_at)
         VALUES (@id, @name, @kind, @startedOn, @archived, @now)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
           started_on = excluded.started_on, archived = excluded.archived`,
      )
      .run({ ...m, archived: m.archived ? 1 : 0, now })
  }
}

function fromRow(r: CheckInRow): CheckIn {
  return {
    date: r.date,
    waterMl: r.water_ml,
    electrolytes: JSON.parse(r.electrolytes) as CheckIn['electrolytes'],
    caffeineDrinks: r.caffeine_drinks,
    exercise: JSON.parse(r.exercise) as CheckIn['exercise'],
    sittingHours: r.sitting_hours,
    stretchedBeforeBed: r.stretched_before_bed === 1,
    sleepQuality: r.sleep_quality,
    nightReport: r.night_report as CheckIn['nightReport'],
    note: r.note,
    medicationIds: (JSON.parse(r.medication_ids ?? '[]') as string[]).sort(),
    updatedAt: r.updated_at,
  }
}
