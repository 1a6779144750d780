import type { ReminderRecord } from '../../shared/domain/reminders'
import type { Db } from './connection'
import { prepared } from './statements'

interface HistoryRow {
  id: string
  kind: string
  due_at: number
  fired_at: number | null
  utc_offset_min: number
  outcome: string
  outcome_at: number
  snooze_min: number | null
  held_by: string | null
}

/** Reminder history: one row per reminder shown (or expired unseen) and its outcome. */
export class RemindersRepository {
  constructor(private readonly db: Db) {}

  /**
   * `localDate` is the user's local day of `dueAt` (YYYY-MM-DD), for day ranges.
   * `held_by` is named only for held rows, so the statement also runs on a
   * file from before it (a migration test writes history into a version-4 file).
   */
  insert(r: ReminderRecord, localDate: string): void {
    const held = r.heldBy === undefined ? '' : ', held_by'
    this.db
      .prepare(
        `INSERT INTO reminder_history (id, kind, due_at, fired_at, utc_offset_min, local_date,
           outcome, outcome_at, snooze_min${held})
         VALUES (@id, @kind, @dueAt, @firedAt, @utcOffsetMin, @localDate, @outcome, @outcomeAt,
           @snoozeMin${held ? ', @heldBy' : ''})`,
      )
      .run({ ...r, localDate })
  }

  /** Rows due on local dates from `fromDate` on, newest first. */
  since(fromDate: string): ReminderRecord[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE local_date >= ? ORDER BY due_at DESC, outcome_at DESC, id`)
      .all(fromDate) as HistoryRow[]
    return rows.map(fromRow)
  }

  /** Every row, oldest first (the export). */
  all(): ReminderRecord[] {
    return (this.db.prepare(`${SELECT} ORDER BY due_at, outcome_at, id`).all() as HistoryRow[]).map(
      fromRow,
    )
  }

  has(id: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM reminder_history WHERE id = ?').get(id) !== undefined
  }
}

const SELECT = `SELECT id, kind, due_at, fired_at, utc_offset_min, outcome, outcome_at, snooze_min,
  held_by FROM reminder_history`

function fromRow(r: HistoryRow): ReminderRecord {
  return {
    id: r.id,
    kind: r.kind as ReminderRecord['kind'],
    dueAt: r.due_at,
    firedAt: r.fired_at,
    utcOffsetMin: r.utc_offset_min,
    outcome: r.outcome as ReminderRecord['outcome'],
    outcomeAt: r.outcome_at,
    snoozeMin: r.snooze_min as ReminderRecord['snoozeMin'],
    ...(r.held_by === null ? {} : { heldBy: r.held_by as NonNullable<ReminderRecord['heldBy']> }),
  }
}
