import { describe, expect, it } from 'vitest'
import { analyseExperiment } from './analysis'
import { DEFAULT_DESIGN, type Period, scheduleFromSeed } from './design'
import { exactRandomisationTest } from './exact-test'
import { nightsFor } from './test-nights'

describe('exact randomisation test', () => {
  it('gives 1/16, its floor, when all 4 pairs favour ON (worked by hand)', () => {
    const t = exactRandomisationTest([-1, -2, -0.5, -1])
    expect(t?.p).toBe(1 / 16)
    expect(t?.smallestP).toBe(1 / 16)
    expect(t?.orderings).toBe(16)
  })

  it('gives 5/16 when 3 of 4 equal-sized pairs favour ON (1 ordering at -4, 4 at -2)', () => {
    expect(exactRandomisationTest([-1, -1, -1, 1])?.p).toBe(5 / 16)
  })

  it('gives 1 when nothing differs, and nothing without a usable pair', () => {
    expect(exactRandomisationTest([0, 0, 0])?.p).toBe(1)
    expect(exactRandomisationTest([])).toBeNull()
  })

  it('matches brute force: redo the whole analysis under every one of the 16 orders', () => {
    const seed = new Uint8Array([1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    const periods = scheduleFromSeed(DEFAULT_DESIGN, seed)
    // Uneven cramps, some unanswered nights: the rates are not simple sign flips of integers.
    const cramps = (night: number) => (night % 5 === 3 ? null : (night * 7) % 4)
    const nights = nightsFor(periods, cramps).map((n) => ({ ...n, done: false }))
    const observed = analyseExperiment(DEFAULT_DESIGN, periods, nights).intentionToTreat
    const stat = (ps: Period[]) =>
      analyseExperiment(DEFAULT_DESIGN, ps, nights).intentionToTreat.exact?.meanDifference ?? NaN
    let asFavourable = 0
    for (let mask = 0; mask < 16; mask++) {
      const swapped = periods.map((p) =>
        (mask >> p.pair) & 1
          ? { ...p, arm: p.arm === 'on' ? ('off' as const) : ('on' as const) }
          : p,
      )
      if (stat(swapped) <= stat(periods) + 1e-9) asFavourable++
    }
    expect(observed.exact?.p).toBeCloseTo(asFavourable / 16, 12)
    expect(observed.usablePairs).toBe(4)
  })
})
