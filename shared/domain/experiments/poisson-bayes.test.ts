import { describe, expect, it } from 'vitest'
import { PRIOR, rateRatioPosterior } from './poisson-bayes'

/**
 * The posterior by brute force on a 2-D grid over (log λ, log θ) with the raw
 * Poisson likelihood and both priors, nothing integrated out by hand.
 */
function gridPosterior(yOn: number, nOn: number, yOff: number, nOff: number) {
  const { logRatioSd: sd, rateShape: a, rateRate: b } = PRIOR
  const cells: { u: number; w: number }[] = []
  for (let i = 0; i <= 600; i++) {
    const u = -6 + i * 0.02
    let w = 0
    for (let j = 0; j <= 600; j++) {
      const v = -9 + j * 0.02 // log λ
      const lambda = Math.exp(v)
      const theta = Math.exp(u)
      // Gamma(a, b) prior on λ, times λ for the change to log λ.
      const logPrior = -(u * u) / (2 * sd * sd) + a * v - b * lambda
      const logLik = yOn * (v + u) - lambda * theta * nOn + yOff * v - lambda * nOff
      w += Math.exp(logPrior + logLik)
    }
    cells.push({ u, w })
  }
  const total = cells.reduce((s, c) => s + c.w, 0)
  const below = (u: number) => cells.filter((c) => c.u <= u).reduce((s, c) => s + c.w, 0) / total
  const quantile = (q: number) => {
    let acc = 0
    for (const c of cells) {
      acc += c.w / total
      if (acc >= q) return Math.exp(c.u)
    }
    return Infinity
  }
  return {
    pAtLeast20Fewer: below(Math.log(0.8)),
    median: quantile(0.5),
    low: quantile(0.025),
    high: quantile(0.975),
  }
}

describe('Bayesian Poisson rate ratio', () => {
  it.each([
    [5, 20, 14, 20],
    [0, 10, 3, 10],
    [12, 24, 10, 24],
    [30, 40, 9, 40],
  ])(
    'agrees with a 2-D grid for %i cramps in %i ON nights against %i in %i OFF',
    (yOn, nOn, yOff, nOff) => {
      const got = rateRatioPosterior({ cramps: yOn, nights: nOn }, { cramps: yOff, nights: nOff })
      const grid = gridPosterior(yOn, nOn, yOff, nOff)
      expect(got?.pAtLeast20Fewer).toBeCloseTo(grid.pAtLeast20Fewer, 2)
      // The grid's quantiles move in steps of 0.02 on the log scale.
      for (const key of ['median', 'low', 'high'] as const) {
        expect(Math.abs(Math.log(got?.[key] ?? NaN) - Math.log(grid[key]))).toBeLessThan(0.03)
      }
    },
  )

  it('with many nights, sits where the counts say (worked by hand: 500 vs 1,000 cramps)', () => {
    const got = rateRatioPosterior({ cramps: 500, nights: 100 }, { cramps: 1000, nights: 100 })
    // Normal approximation on log θ: se = √(1/500 + 1/1000) = 0.0548.
    expect(got?.median).toBeCloseTo(0.5, 1)
    expect(got?.low).toBeCloseTo(0.5 * Math.exp(-1.96 * 0.0548), 2)
    expect(got?.high).toBeCloseTo(0.5 * Math.exp(1.96 * 0.0548), 2)
    expect(got?.pAtLeast20Fewer).toBeGreaterThan(0.999)
  })

  it('stays near even odds and wide with equal, few counts', () => {
    const got = rateRatioPosterior({ cramps: 4, nights: 10 }, { cramps: 4, nights: 10 })
    expect(got?.median).toBeGreaterThan(0.85)
    expect(got?.median).toBeLessThan(1.15)
    expect(got?.low).toBeLessThan(0.5)
    expect(got?.high).toBeGreaterThan(2)
  })

  it('refuses to compare when a side has no nights', () => {
    expect(rateRatioPosterior({ cramps: 0, nights: 0 }, { cramps: 3, nights: 10 })).toBeNull()
  })
})
