import {
  ACTED_ON,
  EPISODE_GROUP,
  LIVE_EPISODES,
  SESSION_NIGHT,
  weekOf,
} from '../../../electron/db/trends-sql'

/**
 * The lower bound for Trends: every number the charts need, for one range,
 * in a single statement (one UNION ALL of the aggregates, each row tagged
 * with its chart). The night and week rules are the app's own SQL
 * fragments, so both sides count the same cramps; what this leaves out is
 * the app's per-chart statements and its shaping in TypeScript.
 */
export const TRENDS_IN_ONE_STATEMENT = `
WITH e AS (
  SELECT * FROM episodes WHERE ${LIVE_EPISODES} AND local_date BETWEEN @from AND @to
)
SELECT 'week' AS chart, ${weekOf('local_date')} AS k, ${EPISODE_GROUP} AS g,
  COUNT(*) AS a, MAX(pain) AS b, SUM(pain) AS c FROM e GROUP BY 2, 3
UNION ALL
SELECT 'hour', local_minute / 60, NULL, COUNT(*), NULL, NULL FROM e GROUP BY 2
UNION ALL
SELECT 'trigger', j.value, NULL, COUNT(*), NULL, NULL FROM e, json_each(e.triggers) j GROUP BY 2
UNION ALL
SELECT 'relief', j.value, NULL, COUNT(*), SUM(e.relief_best IS j.value), NULL
  FROM e, json_each(e.relief) j GROUP BY 2
UNION ALL
SELECT 'cramp_days', ${weekOf('local_date')}, NULL, COUNT(DISTINCT local_date), NULL, NULL
  FROM e GROUP BY 2
UNION ALL
SELECT 'bedtime', ${weekOf('night')}, NULL, COUNT(*), NULL, NULL FROM (
  SELECT DISTINCT ${SESSION_NIGHT} AS night FROM routine_sessions
  WHERE routine_kind = 'bedtime' AND required_done = 1
    AND local_date BETWEEN @from AND date(@to, '+1 day'))
  WHERE night BETWEEN @from AND @to GROUP BY 2
UNION ALL
SELECT 'reminders', ${weekOf('local_date')}, NULL, SUM(${ACTED_ON}), COUNT(*), NULL
  FROM reminder_history WHERE local_date BETWEEN @from AND @to GROUP BY 2
UNION ALL
SELECT 'water', ${weekOf('date')}, NULL, COUNT(*), SUM(water_ml), SUM(water_ml >= @target)
  FROM checkins WHERE date BETWEEN @from AND @to GROUP BY 2
UNION ALL
SELECT 'band', CASE WHEN c.water_ml >= @target THEN 'at_target'
    WHEN c.water_ml * 2 < @target THEN 'under_half' ELSE 'under_target' END, NULL,
  COUNT(*), SUM(EXISTS (SELECT 1 FROM episodes x
    WHERE x.local_date = c.date AND x.${LIVE_EPISODES})), NULL
  FROM checkins c WHERE c.date BETWEEN @from AND @to GROUP BY 2
`
