import type { Experiment, HabitTick } from '../../shared/domain/experiments/record'
import type { Db } from './connection'
import { prepared } from './statements'
import { EPISODE_NIGHT, LIVE_EPISODES } from './trends-sql'

interface ExperimentRow {
  id: string
  habit: string
  custom_habit: string | null
  design: string
  seed: string
  periods: string
  schedule_hash: string
  start_date: string
  end_date: string
  follows_id: string | null
  abandoned_at: number | null
  created_at: number
  updated_at: number
}

const SELECT = `SELECT id, habit, custom_habit, design, seed, periods, schedule_hash, start_date,
  end_date, follows_id, abandoned_at, created_at, updated_at FROM experiments`

/** Experiments and their habit ticks (migration 9). Rows are raw: the service validates them. */
export class ExperimentsRepository {
  constructor(private readonly db: Db) {}

  all(): unknown[] {
    return (
      prepared(this.db, `${SELECT} ORDER BY start_date, created_at`).all() as ExperimentRow[]
    ).map(fromRow)
  }

  get(id: string): unknown {
    const row = prepared(this.db, `${SELECT} WHERE id = ?`).get(id) as ExperimentRow | undefined
    return row ? fromRow(row) : null
  }

  insert(e: Experiment): void {
    prepared(
      this.db,
      `INSERT INTO experiments (id, habit, custom_habit, design, seed, periods, schedule_hash,
         start_date, end_date, follows_id, abandoned_at, created_at, updated_at)
       VALUES (@id, @habit, @customHabit, @design, @seed, @periods, @scheduleHash,
         @startDate, @endDate, @followsId, @abandonedAt, @createdAt, @updatedAt)`,
    ).run({ ...e, design: JSON.stringify(e.design), periods: JSON.stringify(e.periods) })
  }

  abandon(id: string, at: number): void {
    prepared(this.db, 'UPDATE experiments SET abandoned_at = ?, updated_at = ? WHERE id = ?').run(
      at,
      at,
      id,
    )
  }

  ticks(id: string): HabitTick[] {
    const rows = prepared(
      this.db,
      'SELECT date, done, updated_at FROM experiment_ticks WHERE experiment_id = ? ORDER BY date',
    ).all(id) as { date: string; done: number; updated_at: number }[]
    return rows.map((r) => ({ date: r.date, done: r.done === 1, updatedAt: r.updated_at }))
  }

  putTick(id: string, tick: HabitTick): void {
    prepared(
      this.db,
      `INSERT INTO experiment_ticks (experiment_id, date, done, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (experiment_id, date) DO UPDATE SET done = excluded.done, updated_at = excluded.updated_at`,
    ).run(id, tick.date, tick.done ? 1 : 0, tick.updatedAt)
  }
}

function fromRow(r: ExperimentRow): unknown {
  return {
    id: r.id,
    habit: r.habit,
    customHabit: r.custom_habit,
    design: JSON.parse(r.design) as unknown,
    seed: r.seed,
    periods: JSON.parse(r.periods) as unknown,
    scheduleHash: r.schedule_hash,
    startDate: r.start_date,
    endDate: r.end_date,
    followsId: r.follows_id,
    abandonedAt: r.abandoned_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

/** One night's cramps from the journal, the night named by its evening (as Trends names it). */
export interface NightCramps {
  night: string
  cramps: number
  worstPain: number
  minutes: number
}

export function nightCramps(
  db: Db,
  from: string,
  to: string,
  ns: number,
  ne: number,
): NightCramps[] {
  return prepared(
    db,
    `SELECT n AS night, COUNT(*) AS cramps, MAX(pain) AS worstPain,
       ROUND(COALESCE(SUM(duration_sec), 0) / 60.0, 1) AS minutes
     FROM (SELECT ${EPISODE_NIGHT} AS n, pain, duration_sec FROM episodes
       WHERE ${LIVE_EPISODES} AND local_date BETWEEN @from AND date(@to, '+1 day'))
     WHERE n BETWEEN @from AND @to GROUP BY n ORDER BY n`,
  ).all({ from, to, ns, ne }) as NightCramps[]
}
