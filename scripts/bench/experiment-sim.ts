import {
  analyseExperiment,
  type ExperimentAnalysis,
} from '../../shared/domain/experiments/analysis'
import {
  type ExperimentDesign,
  SEED_BYTES,
  scheduleFromSeed,
} from '../../shared/domain/experiments/design'
import { type Random, rng } from './rng'

/** Poisson draw by Knuth's product of uniforms: exact, and fast for the small rates of cramps. */
export function poisson(random: Random, rate: number): number {
  const limit = Math.exp(-rate)
  let k = 0
  let product = random()
  while (product > limit) {
    k++
    product *= random()
  }
  return k
}

export interface Truth {
  /** Cramps per OFF night. */
  offRate: number
  /** ON rate ÷ OFF rate. */
  ratio: number
}

/** One experiment's nights with a known truth: a random order per pair, every night answered, fully adherent. */
export function simulateNights(design: ExperimentDesign, truth: Truth, random: Random) {
  const seed = Uint8Array.from({ length: SEED_BYTES }, () => Math.floor(random() * 256))
  const periods = scheduleFromSeed(design, seed)
  const nights = periods.flatMap((p) =>
    Array.from({ length: p.nights }, (_, i) => ({
      night: p.firstNight + i,
      cramps: poisson(random, p.arm === 'on' ? truth.offRate * truth.ratio : truth.offRate),
      done: p.arm === 'on',
    })),
  )
  return { periods, nights }
}

export function simulateExperiment(
  design: ExperimentDesign,
  truth: Truth,
  random: Random,
): ExperimentAnalysis {
  const { periods, nights } = simulateNights(design, truth, random)
  return analyseExperiment(design, periods, nights)
}

export interface Rates {
  /** Exact test p ≤ 0.05 (never reachable with 4 pairs: the floor is 1/16). */
  p05: number
  /** Exact test at its floor, p = 1/2^pairs. */
  pFloor: number
  /** Posterior P(≥ 20% fewer) ≥ 0.9. */
  bayes90: number
  /** 95% credible interval entirely below 1. */
  intervalBelowOne: number
}

/** How often each reading says "ON helps" over `runs` seeded experiments. */
export function rejectionRates(
  design: ExperimentDesign,
  truth: Truth,
  runs: number,
  seed: number,
): Rates {
  const random = rng(seed)
  const counts = { p05: 0, pFloor: 0, bayes90: 0, intervalBelowOne: 0 }
  for (let run = 0; run < runs; run++) {
    const { exact, bayes } = simulateExperiment(design, truth, random).intentionToTreat
    if (exact && exact.p <= 0.05) counts.p05++
    if (exact && exact.p <= exact.smallestP) counts.pFloor++
    if (bayes && bayes.pAtLeast20Fewer >= 0.9) counts.bayes90++
    if (bayes && bayes.high < 1) counts.intervalBelowOne++
  }
  return {
    p05: counts.p05 / runs,
    pFloor: counts.pFloor / runs,
    bayes90: counts.bayes90 / runs,
    intervalBelowOne: counts.intervalBelowOne / runs,
  }
}
