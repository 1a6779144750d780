import type { NightObservation } from '../../../shared/domain/experiments/analysis'
import { type Arm, nightRole } from '../../../shared/domain/experiments/design'
import type { Experiment } from '../../../shared/domain/experiments/record'
import { clockMinutes, type NightWindow, shiftDate } from '../../../shared/domain/local-time'
import type { Db } from '../../db/connection'
import { ExperimentsRepository, nightCramps } from '../../db/experiments-repo'
import { InsightsRepository } from '../../db/insights-repo'
import { NightReportsRepository } from '../../db/night-reports-repo'

/** One night as the data table shows it. */
export interface NightRow {
  /** 1-based, as the person counts them ("Night 9 of 56"). */
  night: number
  /** The evening the night began. */
  date: string
  role: 'baseline' | Arm
  washout: boolean
  /** Null: no morning answer and no cramp logged that night — missing, not zero. */
  cramps: number | null
  worstPain: number | null
  minutes: number | null
  done: boolean
}

/**
 * The experiment's nights up to `lastEvening`, from the journal. A night
 * counts as answered when the morning question was answered or a cramp was
 * logged in it. "Yes, cramps" with none logged counts as one: at least one
 * happened, and the count is all the analysis uses.
 */
export function experimentNights(
  db: Db,
  e: Experiment,
  lastEvening: string,
  window: NightWindow,
): NightRow[] {
  const to = lastEvening < e.endDate ? lastEvening : e.endDate
  if (to < e.startDate) return []
  const answers = new Map(
    new NightReportsRepository(db)
      .between(shiftDate(e.startDate, 1), shiftDate(to, 1))
      .map((a) => [a.date, a.report]),
  )
  const logged = new Map(
    nightCramps(db, e.startDate, to, clockMinutes(window.start), clockMinutes(window.end)).map(
      (n) => [n.night, n],
    ),
  )
  const done = doneNights(db, e, to)
  const rows: NightRow[] = []
  for (let i = 0, date = e.startDate; date <= to; i++, date = shiftDate(date, 1)) {
    const role = nightRole(e.design, e.periods, i)
    const log = logged.get(date)
    const answer = answers.get(shiftDate(date, 1))
    const cramps = log ? log.cramps : answer === 'none' ? 0 : answer === 'cramps' ? 1 : null
    rows.push({
      night: i + 1,
      date,
      role: role.kind === 'period' ? role.period.arm : 'baseline',
      washout: role.kind === 'period' && role.washout,
      cramps,
      worstPain: log ? log.worstPain : cramps === 0 ? 0 : null,
      minutes: log ? log.minutes : cramps === 0 ? 0 : null,
      done: done.has(date),
    })
  }
  return rows
}

/** Evenings the habit was done: a bedtime session from the player, or the day's tick. */
function doneNights(db: Db, e: Experiment, to: string): Set<string> {
  if (e.habit === 'bedtime-stretch')
    return new Set(new InsightsRepository(db).bedtimeNights(e.startDate, to))
  return new Set(
    new ExperimentsRepository(db)
      .ticks(e.id)
      .filter((t) => t.done)
      .map((t) => t.date),
  )
}

export function observations(rows: readonly NightRow[]): NightObservation[] {
  return rows.map((r) => ({ night: r.night - 1, cramps: r.cramps, done: r.done }))
}
