import { describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN, type ExperimentDesign } from '../../shared/domain/experiments/design'
import { poisson, rejectionRates } from './experiment-sim'
import { rng } from './rng'

const RUNS = 1000
/** Two binomial standard errors of a 5% rate over 1,000 runs: the simulation's own noise. */
const noise = (rate: number) => 2 * Math.sqrt((rate * (1 - rate)) / RUNS)
const designs: [string, ExperimentDesign][] = [
  ['4 pairs of 7 nights', DEFAULT_DESIGN],
  ['4 pairs of 14 nights', { ...DEFAULT_DESIGN, periodNights: 14 }],
  ['3 pairs of 14 nights', { ...DEFAULT_DESIGN, pairs: 3, periodNights: 14 }],
]

describe('simulated experiments with a known truth', () => {
  it('draws Poisson nights with the asked-for mean and variance', () => {
    const random = rng(7)
    const xs = Array.from({ length: 20_000 }, () => poisson(random, 0.7))
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length
    expect(mean).toBeCloseTo(0.7, 1)
    expect(variance).toBeCloseTo(0.7, 1)
  })

  it.each(designs)(
    '%s: with no real effect, false positives stay within 5% (and 1/2^pairs at the floor)',
    (_, design) => {
      const rates = rejectionRates(design, { offRate: 0.5, ratio: 1 }, RUNS, 101)
      expect(rates.p05).toBeLessThanOrEqual(0.05 + noise(0.05))
      const floor = 1 / 2 ** design.pairs
      expect(rates.pFloor).toBeLessThanOrEqual(floor + noise(floor))
      expect(rates.intervalBelowOne).toBeLessThanOrEqual(0.05 + noise(0.05))
    },
  )

  it.each(designs)('%s: halving the cramps is found more often than chance', (_, design) => {
    const none = rejectionRates(design, { offRate: 0.5, ratio: 1 }, RUNS, 202)
    const half = rejectionRates(design, { offRate: 0.5, ratio: 0.5 }, RUNS, 202)
    expect(half.pFloor).toBeGreaterThan(none.pFloor + 3 * noise(none.pFloor))
    expect(half.bayes90).toBeGreaterThan(none.bayes90 + 3 * noise(none.bayes90))
  })

  it('can never reach p ≤ 0.05 with 4 pairs, however large the effect', () => {
    expect(rejectionRates(DEFAULT_DESIGN, { offRate: 2, ratio: 0.05 }, 200, 303).p05).toBe(0)
  })
})
