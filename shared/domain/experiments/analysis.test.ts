import { describe, expect, it } from 'vitest'
import { analyseExperiment } from './analysis'
import { DEFAULT_DESIGN, type ExperimentDesign, scheduleFromSeed } from './design'
import { nightsFor } from './test-nights'

const onFirst = new Uint8Array(16).fill(1)
const periods = scheduleFromSeed(DEFAULT_DESIGN, onFirst)

describe('analysing an experiment', () => {
  it('leaves washout nights out, even when they had cramps', () => {
    // 5 cramps on every washout night (first 2 of each period), none after.
    const nights = nightsFor(periods, (night, p) => (night - p.firstNight < 2 ? 5 : 0))
    const itt = analyseExperiment(DEFAULT_DESIGN, periods, nights).intentionToTreat
    expect(itt.on).toEqual({ nights: 20, cramps: 0 })
    expect(itt.off).toEqual({ nights: 20, cramps: 0 })
  })

  it('never counts an unanswered night as zero', () => {
    // Pair 0 ON: 3 answered nights with 1 cramp each, 2 unanswered.
    const nights = nightsFor(periods, (night, p) => {
      if (p.pair === 0 && p.arm === 'on') return night - p.firstNight < 5 ? 1 : null
      return 1
    })
    const result = analyseExperiment(DEFAULT_DESIGN, periods, nights)
    expect(result.intentionToTreat.pairs[0]?.on).toEqual({ nights: 3, cramps: 3, rate: 1 })
    expect(result.missingNights).toBe(2)
    expect(result.adherence[0]?.unanswered).toBe(2)
  })

  it('drops a pair with no answers on one side from the exact test', () => {
    const nights = nightsFor(periods, (_, p) => (p.pair === 2 && p.arm === 'off' ? null : 1))
    const itt = analyseExperiment(DEFAULT_DESIGN, periods, nights).intentionToTreat
    expect(itt.usablePairs).toBe(3)
    expect(itt.pairs[2]?.difference).toBeNull()
    expect(itt.exact?.orderings).toBe(8)
  })

  it('counts missed ON nights and crossed-over OFF nights per period, and per-protocol leaves them out', () => {
    const nights = nightsFor(periods, (_, p) => (p.arm === 'on' ? 0 : 2)).map((n) => {
      const p = periods.find((q) => n.night >= q.firstNight && n.night < q.firstNight + q.nights)
      const offset = n.night - (p?.firstNight ?? 0)
      // Pair 0: the last 2 ON nights skipped (2 cramps each), the last OFF night stretched (0).
      if (p?.pair === 0 && p.arm === 'on' && offset >= 5) return { ...n, done: false, cramps: 2 }
      if (p?.pair === 0 && p.arm === 'off' && offset === 6) return { ...n, done: true, cramps: 0 }
      return n
    })
    const result = analyseExperiment(DEFAULT_DESIGN, periods, nights)
    expect(result.adherence[0]).toMatchObject({ missed: 2, crossedOver: 0 })
    expect(result.adherence[1]).toMatchObject({ missed: 0, crossedOver: 1 })
    expect(result.adherence[2]).toMatchObject({ missed: 0, crossedOver: 0 })
    expect(result.intentionToTreat.pairs[0]?.on).toMatchObject({ nights: 5, cramps: 4 })
    expect(result.perProtocol.pairs[0]?.on).toMatchObject({ nights: 3, cramps: 0 })
    expect(result.perProtocol.pairs[0]?.off).toMatchObject({ nights: 4, cramps: 8 })
  })

  it('gives the best p of 1/16 and a high chance of 20% fewer when every ON period is calmer', () => {
    const nights = nightsFor(periods, (night, p) => (p.arm === 'on' ? night % 2 : 2))
    const itt = analyseExperiment(DEFAULT_DESIGN, periods, nights).intentionToTreat
    expect(itt.exact?.p).toBe(1 / 16)
    expect(itt.bayes?.pAtLeast20Fewer).toBeGreaterThan(0.95)
    expect(itt.bayes?.high).toBeLessThan(1)
  })

  it('sees a falling trend that is the same ON and OFF, and keeps baseline nights out', () => {
    const design: ExperimentDesign = { ...DEFAULT_DESIGN, baseline: true }
    const ps = scheduleFromSeed(design, onFirst)
    expect(ps[0]?.firstNight).toBe(7)
    const nights = [
      ...Array.from({ length: 7 }, (_, night) => ({ night, cramps: 9, done: false })),
      ...nightsFor(ps, (_, p) => 4 - p.pair),
    ]
    const result = analyseExperiment(design, ps, nights)
    expect(result.trend.perPair).toEqual([4, 3, 2, 1])
    expect(result.trend.slopePerWeek).toBeCloseTo(-0.5, 1)
    expect(result.intentionToTreat.exact?.p).toBe(1)
    expect(result.intentionToTreat.on.cramps + result.intentionToTreat.off.cramps).toBe(100)
  })
})
