import type { NightWindow } from '../../shared/domain/local-time'
import { clockMinutes } from '../../shared/domain/local-time'
import type { TrendRows } from '../../shared/domain/trends/rows'
import { reliefCounts, triggerCounts } from '../../shared/domain/trends/tag-sets'
import type { Db } from './connection'
import { prepared } from './statements'
import { EPISODE_GROUP, LIVE_EPISODES, SESSION_NIGHT, weekOf, WEEKS } from './trends-sql'

export interface TrendQuery {
  from: string
  to: string
  night: NightWindow
  waterTargetMl: number
}

/** GROUP BY aggregates for the Trends charts: a few hundred rows at most for any range. */
export class TrendsRepository {
  constructor(private readonly db: Db) {}

  /** The earliest local date with any cramp, check-in, night answer or routine; null for an empty journal. */
  firstDate(): string | null {
    return (
      (this.db
        .prepare(
          `SELECT MIN(d) FROM (
             SELECT MIN(local_date) AS d FROM episodes WHERE ${LIVE_EPISODES}
             UNION ALL SELECT MIN(date) FROM checkins
             UNION ALL SELECT MIN(date) FROM night_reports
             UNION ALL SELECT MIN(local_date) FROM routine_sessions)`,
        )
        .pluck()
        .get() as string | null) ?? null
    )
  }

  /** Cramps per week (by Monday) on local dates from `from` to `to`; weeks without any are left out. */
  weekTotals(from: string, to: string): { week: string; cramps: number }[] {
    return prepared(
      this.db,
      `SELECT ${weekOf('local_date')} AS week, COUNT(*) AS cramps FROM episodes
       WHERE ${LIVE_EPISODES} AND local_date BETWEEN ? AND ? GROUP BY 1`,
    ).all(from, to) as { week: string; cramps: number }[]
  }

  rows(q: TrendQuery): TrendRows {
    const p = {
      from: q.from,
      to: q.to,
      ns: clockMinutes(q.night.start),
      ne: clockMinutes(q.night.end),
      target: q.waterTargetMl,
    }
    const episodes = `FROM episodes WHERE ${LIVE_EPISODES} AND local_date BETWEEN @from AND @to`
    const all = <T>(sql: string) => prepared(this.db, sql).all(p) as T[]
    return {
      weekGroups: all(
        `${WEEKS} SELECT s AS week, ${EPISODE_GROUP} AS "group", COUNT(*) AS cramps,
           MAX(pain) AS painMax, SUM(pain) AS painSum
         FROM w JOIN episodes ON ${LIVE_EPISODES} AND local_date BETWEEN lo AND hi
         GROUP BY 1, 2`,
      ),
      hours: all(`SELECT local_minute / 60 AS hour, COUNT(*) AS cramps ${episodes} GROUP BY 1`),
      // Grouped by the stored lists (a few hundred distinct) and counted per entry in
      // TypeScript: cheaper than expanding every episode's list with json_each.
      triggers: triggerCounts(all(`SELECT triggers, COUNT(*) AS cramps ${episodes} GROUP BY 1`)),
      relief: reliefCounts(
        all(`SELECT relief, relief_best AS best, COUNT(*) AS cramps ${episodes} GROUP BY 1, 2`),
      ),
      bedtime: all(
        `SELECT ${weekOf('night')} AS week, COUNT(*) AS nights FROM (
           SELECT DISTINCT ${SESSION_NIGHT} AS night FROM routine_sessions
           WHERE routine_kind = 'bedtime' AND required_done = 1
             AND local_date BETWEEN @from AND date(@to, '+1 day'))
         WHERE night BETWEEN @from AND @to GROUP BY 1`,
      ),
      // reminder_days (migration 5) holds each day's counts, kept by triggers on
      // reminder_history: one row per day to sum instead of every reminder.
      reminders: all(
        `${WEEKS} SELECT s AS week, SUM(acted) AS actedOn, SUM(total) AS total
         FROM w JOIN reminder_days ON local_date BETWEEN lo AND hi
         GROUP BY 1 HAVING SUM(total) > 0`,
      ),
      water: all(
        `${WEEKS} SELECT s AS week, COUNT(*) AS checkIns, SUM(water_ml) AS waterSum,
           SUM(water_ml >= @target) AS atTarget
         FROM w JOIN checkins ON date BETWEEN lo AND hi GROUP BY 1`,
      ),
      crampDays: all(
        `SELECT ${weekOf('d')} AS week, COUNT(*) AS crampDays
         FROM (SELECT DISTINCT local_date AS d ${episodes}) GROUP BY 1`,
      ),
      bands: all(
        `SELECT CASE WHEN c.water_ml >= @target THEN 'at_target'
             WHEN c.water_ml * 2 < @target THEN 'under_half' ELSE 'under_target' END AS band,
           COUNT(*) AS days,
           SUM(EXISTS (SELECT 1 FROM episodes e
             WHERE e.local_date = c.date AND e.${LIVE_EPISODES})) AS crampDays
         FROM checkins c WHERE c.date BETWEEN @from AND @to GROUP BY 1`,
      ),
    }
  }
}
