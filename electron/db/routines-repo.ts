import type { Routine } from '../../shared/domain/routines/schema'
import type { Session, SessionInput } from '../../shared/domain/routines/history'
import type { Db } from './connection'
import { prepared } from './statements'

/** Custom routines, hidden built-ins and the session history. */
export class RoutinesRepository {
  constructor(private readonly db: Db) {}

  /** Stored JSON for the service to validate (a bad row must not hide the rest). */
  customRows(): { id: string; data: string }[] {
    return this.db.prepare('SELECT id, data FROM routines ORDER BY created_at, id').all() as {
      id: string
      data: string
    }[]
  }

  /** Stored JSON with its times, for the export. */
  customRowsWithTimes(): { id: string; data: string; createdAt: number; updatedAt: number }[] {
    return this.db
      .prepare(
        `SELECT id, data, created_at AS createdAt, updated_at AS updatedAt FROM routines
         ORDER BY created_at, id`,
      )
      .all() as { id: string; data: string; createdAt: number; updatedAt: number }[]
  }

  updatedAtOf(id: string): number | null {
    const at = prepared(this.db, 'SELECT updated_at FROM routines WHERE id = ?').pluck().get(id)
    return (at as number | undefined) ?? null
  }

  /** Writes a routine with the times it had elsewhere (an import). */
  putAt(routine: Routine, createdAt: number, updatedAt: number): void {
    prepared(
      this.db,
      `INSERT INTO routines (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ).run(routine.id, JSON.stringify(routine), createdAt, updatedAt)
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM routines WHERE id = ?').get(id) !== undefined
  }

  put(routine: Routine, now: number): void {
    this.putAt(routine, now, now)
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM routines WHERE id = ?').run(id).changes === 1
  }

  hiddenBuiltIns(): string[] {
    return this.db.prepare('SELECT id FROM hidden_builtins ORDER BY id').pluck().all() as string[]
  }

  setHidden(id: string, hidden: boolean): void {
    if (hidden) this.db.prepare('INSERT OR IGNORE INTO hidden_builtins (id) VALUES (?)').run(id)
    else this.db.prepare('DELETE FROM hidden_builtins WHERE id = ?').run(id)
  }

  addSession(id: string, s: SessionInput, localDate: string): void {
    this.db
      .prepare(
        `INSERT INTO routine_sessions (id, routine_id, routine_name, routine_kind, started_at, ended_at,
           utc_offset_min, local_date, status, required_done, steps, source)
         VALUES (@id, @routineId, @routineName, @routineKind, @startedAt, @endedAt, @utcOffsetMin,
           @localDate, @status, @requiredDone, @steps, @source)`,
      )
      .run({
        ...s,
        id,
        localDate,
        requiredDone: s.requiredDone ? 1 : 0,
        steps: JSON.stringify(s.steps),
      })
  }

  /** Sessions started on local dates from `from` to `to`, newest first. */
  sessions(from: string, to: string): Session[] {
    const rows = this.db
      .prepare(`${SESSIONS} WHERE local_date BETWEEN ? AND ? ORDER BY started_at DESC`)
      .all(from, to) as SessionRow[]
    return rows.map(sessionFrom)
  }

  /** Every session, oldest first (the export). */
  allSessions(): Session[] {
    return (this.db.prepare(`${SESSIONS} ORDER BY started_at, id`).all() as SessionRow[]).map(
      sessionFrom,
    )
  }

  hasSession(id: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM routine_sessions WHERE id = ?').get(id) !== undefined
  }
}

const SESSIONS = `SELECT id, routine_id, routine_name, routine_kind, started_at, ended_at,
  utc_offset_min, status, required_done, steps, source FROM routine_sessions`

function sessionFrom(r: SessionRow): Session {
  return {
    id: r.id,
    routineId: r.routine_id,
    routineName: r.routine_name,
    routineKind: r.routine_kind as Session['routineKind'],
    startedAt: r.started_at,
    endedAt: r.ended_at,
    utcOffsetMin: r.utc_offset_min,
    status: r.status as Session['status'],
    requiredDone: r.required_done === 1,
    steps: JSON.parse(r.steps) as Session['steps'],
    source: r.source as Session['source'],
  }
}

interface SessionRow {
  id: string
  routine_id: string
  routine_name: string
  routine_kind: string
  started_at: number
  ended_at: number
  utc_offset_min: number
  status: string
  required_done: number
  steps: string
  source: string
}
