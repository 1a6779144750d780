import { weekStartOf } from '../trends/weeks'
import {
  describeAcuteChronic,
  fasterThanUsual,
  fastWeeklyIncreases,
  weeklyLoad,
  type LoadInput,
} from './load'

/** One week of the Trends load chart: imported training beside that week's cramps. */
export interface LoadWeek {
  weekStart: string
  minutes: number
  km: number
  sessions: number
  cramps: number
  /** Minutes rose more than 30% over the week before (Nielsen et al. 2014). */
  fastIncrease: boolean
}

export interface LoadChart {
  weeks: LoadWeek[]
  /** The chart's text summary, read before it; descriptive, never a risk. */
  summary: string
}

type Input = LoadInput

const round = (n: number) => Math.round(n)

/**
 * Weekly training minutes from imported sessions, on the same weeks as the
 * cramps-per-week chart, with the weeks that rose fast marked. `crampWeeks`
 * gives every week shown (Monday) and its cramp count.
 */
export function loadChart(
  workouts: readonly Input[],
  crampWeeks: readonly { weekStart: string; total: number }[],
): LoadChart {
  const load = new Map(weeklyLoad(workouts, weekStartOf).map((w) => [w.week, w]))
  const sessions = new Map<string, number>()
  for (const w of workouts) {
    const week = weekStartOf(w.localDate)
    sessions.set(week, (sessions.get(week) ?? 0) + 1)
  }
  const base = crampWeeks.map(({ weekStart, total }) => ({
    weekStart,
    minutes: round(load.get(weekStart)?.minutes ?? 0),
    km: Math.round((load.get(weekStart)?.km ?? 0) * 10) / 10,
    sessions: sessions.get(weekStart) ?? 0,
    cramps: total,
  }))
  const fast = new Set(
    fastWeeklyIncreases(base.map((w) => ({ week: w.weekStart, minutes: w.minutes }))),
  )
  const weeks = base.map((w) => ({ ...w, fastIncrease: fast.has(w.weekStart) }))
  const shown = new Set(weeks.map((w) => w.weekStart))
  const quicker = workouts.filter(
    (w) => shown.has(weekStartOf(w.localDate)) && fasterThanUsual(w, workouts),
  ).length
  return { weeks, summary: summaryOf(weeks, quicker) }
}

function summaryOf(weeks: readonly LoadWeek[], quicker: number): string {
  const trained = weeks.filter((w) => w.sessions > 0)
  if (trained.length === 0) return 'No imported sessions in this period.'
  const total = trained.reduce((s, w) => s + w.sessions, 0)
  const parts = [
    `${total} imported ${total === 1 ? 'session' : 'sessions'} over ${trained.length} of ${weeks.length} weeks.`,
  ]
  const fast = weeks.filter((w) => w.fastIncrease)
  if (fast.length > 0) {
    const withCramps = fast.filter((w) => w.cramps > 0).length
    parts.push(
      fast.length === 1
        ? `1 week rose more than 30% over the week before, and it had ${withCramps === 1 ? 'cramps' : 'no cramps'}.`
        : `${fast.length} weeks rose more than 30% over the week before; ${withCramps} of them had cramps.`,
    )
  }
  if (quicker > 0)
    parts.push(
      `${quicker} ${quicker === 1 ? 'session was' : 'sessions were'} at least 10% quicker than your usual pace of the 30 days before.`,
    )
  const last = weeks.at(-1)
  const before = weeks.slice(-5, -1).map((w) => w.minutes)
  const ratio = last ? describeAcuteChronic(last.minutes, before) : null
  if (ratio) parts.push(ratio)
  return parts.join(' ')
}
