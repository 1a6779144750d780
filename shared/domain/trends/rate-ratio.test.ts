import { describe, expect, it } from 'vitest'
import { excludesOne, lowerTail, rateRatio, upperTail } from './rate-ratio'

/** Binomial probability by plain products, independent of the module's log-space version. */
function pmf(k: number, n: number, p: number): number {
  let c = 1
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1)
  return c * p ** k * (1 - p) ** (n - k)
}

/** The chance, over every possible journal, that the interval leaves out 1. */
function chanceOfClear(n1: number, p1: number, n2: number, p2: number): number {
  let total = 0
  for (let a = 0; a <= n1; a++) {
    for (let c = 0; c <= n2; c++) {
      if (a + c > 0 && excludesOne(rateRatio(a, n1, c, n2)))
        total += pmf(a, n1, p1) * pmf(c, n2, p2)
    }
  }
  return total
}

describe('rate ratio with an exact 95% interval', () => {
  it('calls 3 of 7 nights against 1 of 7 possibly chance (the interval includes 1)', () => {
    const r = rateRatio(3, 7, 1, 7)
    expect(r.ratio).toBe(3)
    expect(r.low).toBeLessThan(1)
    expect(r.high).toBeGreaterThan(1)
    expect(excludesOne(r)).toBe(false)
  })

  it('leaves out 1 for a large difference over a month on each side', () => {
    const r = rateRatio(2, 30, 14, 30)
    expect(r.high).toBeLessThan(1)
    expect(excludesOne(r)).toBe(true)
  })

  it('has no upper end when the "without" side had no cramp nights', () => {
    const r = rateRatio(6, 20, 0, 20)
    expect(r.ratio).toBeNull()
    expect(r.high).toBe(Infinity)
    expect(r.low).toBeGreaterThan(1)
  })

  it('puts exactly 2.5% in each tail at its ends (checked against plain sums)', () => {
    for (const [a, n1, c, n2] of [
      [3, 7, 1, 7],
      [2, 30, 14, 30],
      [10, 200, 4, 40],
    ] as const) {
      const k = a + c
      const r = rateRatio(a, n1, c, n2)
      // Back from a ratio θ to the share of the k nights expected on the "with" side.
      const share = (theta: number) => (theta * n1) / (theta * n1 + n2)
      let upper = 0
      for (let i = a; i <= k; i++) upper += pmf(i, k, share(r.low))
      let lower = 0
      for (let i = 0; i <= a; i++) lower += pmf(i, k, share(r.high))
      expect(upper).toBeCloseTo(0.025, 6)
      expect(lower).toBeCloseTo(0.025, 6)
      expect(upperTail(a, k, share(r.low))).toBeCloseTo(upper, 9)
      expect(lowerTail(a, k, share(r.high))).toBeCloseTo(lower, 9)
      expect(r.low).toBeLessThan(r.ratio ?? Infinity)
      expect(r.high).toBeGreaterThan(r.ratio ?? 0)
    }
  })

  it('with no real difference, leaves out 1 less than 5% of the time', () => {
    for (const [n1, n2] of [
      [7, 7],
      [14, 30],
      [30, 10],
    ] as const) {
      for (const p of [0.2, 0.5, 0.8]) {
        expect(chanceOfClear(n1, p, n2, p)).toBeLessThan(0.05)
      }
    }
  })

  it('usually finds a real difference of 10% against 50% of nights over 30 days each', () => {
    expect(chanceOfClear(30, 0.1, 30, 0.5)).toBeGreaterThan(0.8)
  })

  it('stays sane over a year of days', () => {
    const r = rateRatio(40, 365, 80, 365)
    expect(r.ratio).toBe(0.5)
    expect(Number.isFinite(r.low) && Number.isFinite(r.high)).toBe(true)
    expect(excludesOne(r)).toBe(true)
  })
})
