import type { Workout, WorkoutSport } from '../../shared/domain/workouts/session'
import type { Db } from './connection'
import { prepared } from './statements'

interface WorkoutRow {
  id: string
  content_hash: string
  sport: string
  format: string
  started_at: number
  utc_offset_minutes: number | null
  local_date: string
  elapsed_seconds: number
  moving_seconds: number | null
  distance_m: number | null
  elevation_gain_m: number | null
  avg_heart_rate: number | null
  max_heart_rate: number | null
  effort: number | null
  source_name: string
  warning: string | null
  imported_at: number
}

/** A session to store: a Workout plus its place in its file. */
export type NewWorkout = Workout & { sessionIndex: number }

const INSERT = `INSERT OR IGNORE INTO workouts (id, content_hash, session_index, sport, format, started_at,
  utc_offset_minutes, local_date, elapsed_seconds, moving_seconds, distance_m, elevation_gain_m,
  avg_heart_rate, max_heart_rate, effort, source_name, warning, imported_at)
  VALUES (@id, @contentHash, @sessionIndex, @sport, @format, @startedAt, @utcOffsetMinutes, @localDate,
  @elapsedSeconds, @movingSeconds, @distanceMeters, @elevationGainMeters, @avgHeartRate, @maxHeartRate,
  @effort, @sourceName, @warning, @importedAt)`

/** Imported workout sessions; the only place their SQL lives. */
export class WorkoutsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores one file's sessions in one transaction (all or none) and returns
   * how many were new: a session whose file hash and index are already
   * stored is left as it is.
   */
  insertFile(sessions: Iterable<NewWorkout>): number {
    return this.db.transaction(() => {
      let added = 0
      for (const s of sessions) added += prepared(this.db, INSERT).run(s).changes
      return added
    })()
  }

  between(from: string, to: string): Workout[] {
    const sql = 'SELECT * FROM workouts WHERE local_date BETWEEN ? AND ? ORDER BY started_at'
    return (prepared(this.db, sql).all(from, to) as WorkoutRow[]).map(fromRow)
  }

  /** The newest local date with a session strictly before `date`, or null. */
  latestDateBefore(date: string): string | null {
    const sql = 'SELECT MAX(local_date) AS d FROM workouts WHERE local_date < ?'
    return (prepared(this.db, sql).get(date) as { d: string | null }).d
  }

  all(): Workout[] {
    return (
      prepared(this.db, 'SELECT * FROM workouts ORDER BY started_at').all() as WorkoutRow[]
    ).map(fromRow)
  }

  get(id: string): Workout | null {
    const row = prepared(this.db, 'SELECT * FROM workouts WHERE id = ?').get(id) as
      WorkoutRow | undefined
    return row ? fromRow(row) : null
  }

  update(id: string, fields: { sport: WorkoutSport; effort: number | null }): boolean {
    const sql = 'UPDATE workouts SET sport = ?, effort = ? WHERE id = ?'
    return prepared(this.db, sql).run(fields.sport, fields.effort, id).changes === 1
  }

  remove(id: string): boolean {
    return prepared(this.db, 'DELETE FROM workouts WHERE id = ?').run(id).changes === 1
  }

  /** Every session with its place in its file, for the JSON export. */
  allForFile(): NewWorkout[] {
    const sql = 'SELECT * FROM workouts ORDER BY started_at'
    return (prepared(this.db, sql).all() as (WorkoutRow & { session_index: number })[]).map(
      (r) => ({
        ...fromRow(r),
        sessionIndex: r.session_index,
      }),
    )
  }

  has(contentHash: string, sessionIndex: number): boolean {
    const sql = 'SELECT 1 FROM workouts WHERE content_hash = ? AND session_index = ?'
    return prepared(this.db, sql).get(contentHash, sessionIndex) !== undefined
  }

  count(): number {
    return prepared(this.db, 'SELECT count(*) AS n FROM workouts').pluck().get() as number
  }
}

function fromRow(r: WorkoutRow): Workout {
  return {
    id: r.id,
    contentHash: r.content_hash,
    sport: r.sport as Workout['sport'],
    format: r.format as Workout['format'],
    startedAt: r.started_at,
    utcOffsetMinutes: r.utc_offset_minutes,
    localDate: r.local_date,
    elapsedSeconds: r.elapsed_seconds,
    movingSeconds: r.moving_seconds,
    distanceMeters: r.distance_m,
    elevationGainMeters: r.elevation_gain_m,
    avgHeartRate: r.avg_heart_rate,
    maxHeartRate: r.max_heart_rate,
    effort: r.effort,
    sourceName: r.source_name,
    warning: r.warning,
    importedAt: r.imported_at,
  }
}
