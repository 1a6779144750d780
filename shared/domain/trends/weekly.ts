import { shiftDate } from '../local-time'
import { count, dateLabel, oneDecimal } from './text'
import type { ContextGroup, PainPoint, WeeklyCramps } from './types'
import type { WeekGroupRow } from './rows'

const GROUP_WORDS: Record<ContextGroup, string> = {
  night: 'at night',
  exercise: 'during or after exercise',
  rest: 'at rest in the day',
}

/** A week's average covers it and the three weeks before it. */
export const AVERAGE_WEEKS = 4

/**
 * What a week's average needs from outside the weeks shown: whole-week
 * totals of earlier weeks (and of a shown week the period starts inside),
 * and the week the journal began.
 */
export interface WeekHistory {
  /** Cramps per week by Monday; a week not in here counts what the period shows of it. */
  totals: ReadonlyMap<string, number>
  /** The Monday of the journal's first entry of any kind; null for an empty journal. */
  firstWeek: string | null
}

/**
 * One bar per week (zeros included) with its 4-week average: the mean of
 * that week and the three before it, read from the journal whether or not
 * those weeks are in the period shown, so a week reads the same under any
 * period. Null where the journal is younger than those four weeks: fewer
 * weeks would be a different average, and weeks before the journal began
 * are unknown, not zero.
 */
export function weeklyCramps(
  weeks: string[],
  rows: WeekGroupRow[],
  history: WeekHistory,
): WeeklyCramps[] {
  const byWeek = new Map<string, Record<ContextGroup, number>>()
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { night: 0, exercise: 0, rest: 0 }
    w[r.group] += r.cramps
    byWeek.set(r.week, w)
  }
  const shown = weeks.map((weekStart) => {
    const w = byWeek.get(weekStart) ?? { night: 0, exercise: 0, rest: 0 }
    return { weekStart, ...w, total: w.night + w.exercise + w.rest }
  })
  const totals = new Map(shown.map((w) => [w.weekStart, w.total]))
  for (const [week, total] of history.totals) totals.set(week, total)
  return shown.map((w) => ({ ...w, average4w: averageAt(w.weekStart, totals, history.firstWeek) }))
}

function averageAt(
  week: string,
  totals: ReadonlyMap<string, number>,
  firstWeek: string | null,
): number | null {
  const earliest = shiftDate(week, -7 * (AVERAGE_WEEKS - 1))
  if (firstWeek === null || firstWeek > earliest) return null
  let sum = 0
  for (let i = 0; i < AVERAGE_WEEKS; i++) sum += totals.get(shiftDate(earliest, 7 * i)) ?? 0
  return Math.round((sum / AVERAGE_WEEKS) * 10) / 10
}

/** Why a week has no 4-week average, for the chart and table notes. */
export const NO_AVERAGE_NOTE = `A week's ${AVERAGE_WEEKS}-week average appears once your journal reaches back ${AVERAGE_WEEKS} weeks from it.`

/** "12 cramps in 4 weeks, about 3 a week; most at night. Fewer than at the start." */
export function weeklySummary(weeks: WeeklyCramps[]): string {
  const total = weeks.reduce((a, w) => a + w.total, 0)
  if (total === 0) return 'No cramps logged in this period.'
  const perWeek = oneDecimal(total / Math.max(1, weeks.length))
  const groups = (['night', 'exercise', 'rest'] as const).map((g) => ({
    g,
    n: weeks.reduce((a, w) => a + w[g], 0),
  }))
  const top = groups.reduce((a, b) => (b.n > a.n ? b : a))
  const most = top.n * 2 > total ? `; most were ${GROUP_WORDS[top.g]}` : ''
  let trend = ''
  if (weeks.length >= 8) {
    const first = weeks.slice(0, 4).reduce((a, w) => a + w.total, 0)
    const last = weeks.slice(-4).reduce((a, w) => a + w.total, 0)
    if (last < first) trend = ' The last 4 weeks had fewer than the first 4.'
    else if (last > first) trend = ' The last 4 weeks had more than the first 4.'
  }
  return `${count(total, 'cramp')} in ${count(weeks.length, 'week')}, about ${perWeek} a week${most}.${trend}`
}

/** Peak and mean pain per week; weeks without cramps have no point. */
export function painOverTime(weeks: string[], rows: WeekGroupRow[]): PainPoint[] {
  const byWeek = new Map<string, { max: number; sum: number; n: number }>()
  for (const r of rows) {
    const w = byWeek.get(r.week) ?? { max: 0, sum: 0, n: 0 }
    byWeek.set(r.week, {
      max: Math.max(w.max, r.painMax),
      sum: w.sum + r.painSum,
      n: w.n + r.cramps,
    })
  }
  return weeks.map((weekStart) => {
    const w = byWeek.get(weekStart)
    if (!w || w.n === 0) return { weekStart, peak: null, average: null }
    return { weekStart, peak: w.max, average: Math.round((w.sum / w.n) * 10) / 10 }
  })
}

export function painSummary(points: PainPoint[]): string {
  const withPain = points.filter((p): p is PainPoint & { peak: number } => p.peak !== null)
  if (withPain.length === 0) return 'No pain to show: no cramps logged in this period.'
  const top = withPain.reduce((a, b) => (b.peak > a.peak ? b : a))
  const meanPeak = oneDecimal(withPain.reduce((a, p) => a + p.peak, 0) / withPain.length)
  return `The worst pain each week averaged ${meanPeak} out of 10; the highest was ${top.peak}, in the week of ${dateLabel(top.weekStart)}.`
}
