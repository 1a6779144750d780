import type { NightAnswer, NightReport } from '../../shared/domain/checkin'
import type { Db } from './connection'
import { prepared } from './statements'

interface NightRow {
  date: string
  report: string
  updated_at: number
}

const SELECT = 'SELECT date, report, updated_at FROM night_reports'

/** Morning answers to "Any cramps last night?", one per local date (migration 7). */
export class NightReportsRepository {
  constructor(private readonly db: Db) {}

  get(date: string): NightAnswer | null {
    const row = prepared(this.db, `${SELECT} WHERE date = ?`).get(date) as NightRow | undefined
    return row ? fromRow(row) : null
  }

  between(from: string, to: string): NightAnswer[] {
    const rows = prepared(this.db, `${SELECT} WHERE date BETWEEN ? AND ? ORDER BY date`).all(
      from,
      to,
    ) as NightRow[]
    return rows.map(fromRow)
  }

  all(): NightAnswer[] {
    return (prepared(this.db, `${SELECT} ORDER BY date`).all() as NightRow[]).map(fromRow)
  }

  put(a: NightAnswer): void {
    prepared(
      this.db,
      `INSERT INTO night_reports (date, report, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (date) DO UPDATE SET report = excluded.report, updated_at = excluded.updated_at`,
    ).run(a.date, a.report, a.updatedAt)
  }

  delete(date: string): void {
    prepared(this.db, 'DELETE FROM night_reports WHERE date = ?').run(date)
  }
}

function fromRow(r: NightRow): NightAnswer {
  return { date: r.date, report: r.report as NightReport, updatedAt: r.updated_at }
}
