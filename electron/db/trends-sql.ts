/*
 * SQL fragments shared by the Trends queries. Night window bounds are bound
 * as @ns / @ne (minutes after local midnight), the same rule as
 * shared/domain/local-time.ts isNightMinute and red-flags.ts crampNight.
 */

/** The Monday (local date) of the week a 'YYYY-MM-DD' column falls in. */
export function weekOf(col: string): string {
  return `date(${col}, '-' || ((CAST(strftime('%w', ${col}) AS INTEGER) + 6) % 7) || ' days')`
}

/** Whether a minute-of-day expression lies in the night window (which may wrap midnight). */
export function inNight(minute: string): string {
  return `(CASE WHEN @ns <= @ne THEN (${minute} >= @ns AND ${minute} < @ne)
    ELSE (${minute} >= @ns OR ${minute} < @ne) END)`
}

/**
 * The night an episode belongs to (named by its evening), or NULL: inside the
 * window, or logged as asleep outside it (before noon counts with the night before).
 */
export const EPISODE_NIGHT = `(CASE
  WHEN ${inNight('local_minute')} THEN
    CASE WHEN @ns > @ne AND local_minute < @ns THEN date(local_date, '-1 day') ELSE local_date END
  WHEN context = 'asleep' THEN
    CASE WHEN local_minute < 720 THEN date(local_date, '-1 day') ELSE local_date END
  ELSE NULL END)`

/** Stacked-chart group: exercise first, then night (window or asleep), else rest. */
export const EPISODE_GROUP = `(CASE
  WHEN context IN ('exercise', 'after_exercise') THEN 'exercise'
  WHEN context = 'asleep' OR ${inNight('local_minute')} THEN 'night'
  ELSE 'rest' END)`

/** A session's local minute of day from its instant and stored offset. */
const SESSION_MINUTE = `(((started_at + utc_offset_min * 60000) / 60000) % 1440)`

/** A bedtime routine after midnight (before noon) still belongs to the evening before. */
export const SESSION_NIGHT = `(CASE WHEN ${SESSION_MINUTE} < 720
  THEN date(local_date, '-1 day') ELSE local_date END)`

export const LIVE_EPISODES = 'deleted_at IS NULL'

/** Reminder outcomes that count as "acted on". */
export const ACTED_ON = `outcome IN ('done', 'routine_started')`

/**
 * The weeks of @from..@to as rows (s: Monday, lo..hi: the week's dates
 * inside the range). Joining rows to a week by an index range avoids a
 * per-day GROUP BY, the costly part with ten years of data.
 */
export const WEEKS = `WITH RECURSIVE w(s, lo, hi) AS (
  SELECT ${weekOf('@from')}, @from, min(date(${weekOf('@from')}, '+6 days'), @to)
  UNION ALL SELECT date(s, '+7 days'), date(s, '+7 days'), min(date(s, '+13 days'), @to)
  FROM w WHERE date(s, '+7 days') <= @to)`
