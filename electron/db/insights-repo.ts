import { clockMinutes, type NightWindow } from '../../shared/domain/local-time'
import type { RoutineKind } from '../../shared/domain/routines/schema'
import type { PlacedEpisode } from '../../shared/domain/trends/placed'
import type { Db } from './connection'
import { EPISODE_COLUMNS, fromRow, type EpisodeRow } from './episodes-repo'
import { EPISODE_NIGHT, LIVE_EPISODES, SESSION_NIGHT } from './trends-sql'

/** Day-level sets for factor effects and patterns; dates are local 'YYYY-MM-DD'. */
export class InsightsRepository {
  constructor(private readonly db: Db) {}

  /** Live episodes with their stored local date and minute, oldest first. */
  placed(from: string, to: string): PlacedEpisode[] {
    const rows = this.db
      .prepare(
        `SELECT ${EPISODE_COLUMNS}, local_date, local_minute
         FROM episodes WHERE ${LIVE_EPISODES} AND local_date BETWEEN ? AND ?
         ORDER BY started_at, id`,
      )
      .all(from, to) as PlacedRow[]
    return rows.map((r) => ({
      ...fromRow(r),
      localDate: r.local_date,
      localMinute: r.local_minute,
    }))
  }

  /** Nights (named by their evening) from `from` to `to` with at least one cramp. */
  crampNights(from: string, to: string, night: NightWindow): string[] {
    return this.db
      .prepare(
        `SELECT DISTINCT n FROM (SELECT ${EPISODE_NIGHT} AS n FROM episodes
           WHERE ${LIVE_EPISODES} AND local_date BETWEEN @from AND date(@to, '+1 day'))
         WHERE n BETWEEN @from AND @to ORDER BY n`,
      )
      .pluck()
      .all({ from, to, ns: clockMinutes(night.start), ne: clockMinutes(night.end) }) as string[]
  }

  /** Nights with the bedtime routine done (every required step). */
  bedtimeNights(from: string, to: string): string[] {
    return this.db
      .prepare(
        `SELECT DISTINCT n FROM (SELECT ${SESSION_NIGHT} AS n FROM routine_sessions
           WHERE routine_kind = 'bedtime' AND required_done = 1
             AND local_date BETWEEN @from AND date(@to, '+1 day'))
         WHERE n BETWEEN @from AND @to ORDER BY n`,
      )
      .pluck()
      .all({ from, to }) as string[]
  }

  /** Days with the warm-up routine done. */
  warmUpDays(from: string, to: string): string[] {
    return this.db
      .prepare(
        `SELECT DISTINCT local_date FROM routine_sessions
         WHERE routine_kind = 'warm_up' AND required_done = 1 AND local_date BETWEEN ? AND ?`,
      )
      .pluck()
      .all(from, to) as string[]
  }

  /** Cramps logged per local date. */
  crampsByDate(from: string, to: string): { date: string; cramps: number }[] {
    return this.db
      .prepare(
        `SELECT local_date AS date, COUNT(*) AS cramps FROM episodes
         WHERE ${LIVE_EPISODES} AND local_date BETWEEN ? AND ? GROUP BY local_date`,
      )
      .all(from, to) as { date: string; cramps: number }[]
  }

  /** Live cramps between two local dates, inclusive. */
  crampCount(from: string, to: string): number {
    return this.db
      .prepare(
        `SELECT COUNT(*) FROM episodes WHERE ${LIVE_EPISODES} AND local_date BETWEEN ? AND ?`,
      )
      .pluck()
      .get(from, to) as number
  }

  /** Routines completed in the period, by kind. */
  routinesDone(from: string, to: string): { kind: RoutineKind; count: number }[] {
    return this.db
      .prepare(
        `SELECT routine_kind AS kind, COUNT(*) AS count FROM routine_sessions
         WHERE required_done = 1 AND local_date BETWEEN ? AND ? GROUP BY routine_kind ORDER BY 2 DESC`,
      )
      .all(from, to) as { kind: RoutineKind; count: number }[]
  }
}

interface PlacedRow extends EpisodeRow {
  local_date: string
  local_minute: number
}
