import { type Arm, type ExperimentDesign, type Period, nightRole } from './design'
import { type ExactTest, exactRandomisationTest } from './exact-test'
import { type ArmCounts, type RateRatioPosterior, rateRatioPosterior } from './poisson-bayes'

/**
 * One night of an experiment as the journal knows it. `cramps` is null when
 * the morning question went unanswered: a missing night, never a zero.
 * `done` is whether the habit happened (for the bedtime stretch: a routine
 * session that night).
 */
export interface NightObservation {
  night: number
  cramps: number | null
  done: boolean
}

export interface ArmSide extends ArmCounts {
  /** Cramps per analysed, answered night; null with none. */
  rate: number | null
}

export interface PairRates {
  pair: number
  on: ArmSide
  off: ArmSide
  /** ON rate − OFF rate; null when either side had no answered night. */
  difference: number | null
}

export interface Analysis {
  pairs: PairRates[]
  /** Pairs with answers on both sides: what the exact test can use. */
  usablePairs: number
  exact: ExactTest | null
  bayes: RateRatioPosterior | null
  on: ArmCounts
  off: ArmCounts
}

export interface PeriodAdherence {
  period: Period
  /** ON nights with no session. */
  missed: number
  /** OFF nights with a session. */
  crossedOver: number
  /** Nights of the period with no morning answer. */
  unanswered: number
}

export interface ExperimentAnalysis {
  /** Every analysed, answered night by the arm it was assigned. */
  intentionToTreat: Analysis
  /** Only nights where the habit was done on ON and not done on OFF. */
  perProtocol: Analysis
  adherence: PeriodAdherence[]
  /** Analysed nights (not washout) without a morning answer. */
  missingNights: number
  trend: Trend
}

export interface Trend {
  /** Mean cramps per answered analysed night in each pair, both arms together. */
  perPair: (number | null)[]
  /** Least-squares change in cramps per night per week, over analysed answered nights. */
  slopePerWeek: number | null
}

interface Analysed {
  night: number
  pair: number
  arm: Arm
  cramps: number
  adherent: boolean
}

/** The whole analysis of an experiment from its locked schedule and its nights. */
export function analyseExperiment(
  design: ExperimentDesign,
  periods: readonly Period[],
  observations: readonly NightObservation[],
): ExperimentAnalysis {
  const analysed: Analysed[] = []
  let missingNights = 0
  const adherence = periods.map((period) => ({ period, missed: 0, crossedOver: 0, unanswered: 0 }))
  const byNight = new Map(observations.map((o) => [o.night, o]))
  for (const [index, period] of periods.entries()) {
    const tally = adherence[index]
    if (!tally) continue
    for (let night = period.firstNight; night < period.firstNight + period.nights; night++) {
      const seen = byNight.get(night)
      const done = seen?.done ?? false
      if (period.arm === 'on' && !done) tally.missed++
      if (period.arm === 'off' && done) tally.crossedOver++
      const cramps = seen?.cramps ?? null
      if (cramps === null) tally.unanswered++
      const role = nightRole(design, periods, night)
      if (role.kind !== 'period' || role.washout) continue
      if (cramps === null) {
        missingNights++
        continue
      }
      const adherent = done === (period.arm === 'on')
      analysed.push({ night, pair: period.pair, arm: period.arm, cramps, adherent })
    }
  }
  return {
    intentionToTreat: analyse(design.pairs, analysed),
    perProtocol: analyse(
      design.pairs,
      analysed.filter((n) => n.adherent),
    ),
    adherence,
    missingNights,
    trend: trend(design.pairs, analysed),
  }
}

function analyse(pairCount: number, nights: readonly Analysed[]): Analysis {
  const pairs: PairRates[] = []
  for (let pair = 0; pair < pairCount; pair++) {
    const on = side(nights.filter((n) => n.pair === pair && n.arm === 'on'))
    const off = side(nights.filter((n) => n.pair === pair && n.arm === 'off'))
    const difference = on.rate !== null && off.rate !== null ? on.rate - off.rate : null
    pairs.push({ pair, on, off, difference })
  }
  const differences = pairs.flatMap((p) => (p.difference === null ? [] : [p.difference]))
  const on = side(nights.filter((n) => n.arm === 'on'))
  const off = side(nights.filter((n) => n.arm === 'off'))
  return {
    pairs,
    usablePairs: differences.length,
    exact: exactRandomisationTest(differences),
    bayes: rateRatioPosterior(on, off),
    on: { nights: on.nights, cramps: on.cramps },
    off: { nights: off.nights, cramps: off.cramps },
  }
}

function side(nights: readonly Analysed[]): ArmSide {
  const cramps = nights.reduce((sum, n) => sum + n.cramps, 0)
  return { nights: nights.length, cramps, rate: nights.length ? cramps / nights.length : null }
}

function trend(pairCount: number, nights: readonly Analysed[]): Trend {
  const perPair = Array.from(
    { length: pairCount },
    (_, pair) => side(nights.filter((n) => n.pair === pair)).rate,
  )
  if (nights.length < 2) return { perPair, slopePerWeek: null }
  const mx = nights.reduce((s, n) => s + n.night, 0) / nights.length
  const my = nights.reduce((s, n) => s + n.cramps, 0) / nights.length
  let sxy = 0
  let sxx = 0
  for (const n of nights) {
    sxy += (n.night - mx) * (n.cramps - my)
    sxx += (n.night - mx) ** 2
  }
  return { perPair, slopePerWeek: sxx > 0 ? (sxy / sxx) * 7 : null }
}
