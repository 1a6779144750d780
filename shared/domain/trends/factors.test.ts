import { describe, expect, it } from 'vitest'
import { effect, factorEffects, MIN_DAYS_PER_SIDE, strengthOf } from './factors'
import { days, hardRun } from './test-days'

const byKey = (xs: ReturnType<typeof factorEffects>, key: string) => {
  const found = xs.find((x) => x.factor === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

describe('factor effects', () => {
  it('counts cramp nights after days with and without a bedtime stretch', () => {
    // 10 stretch days with 1 cramp night, 10 other days with 5.
    const journal = days('2026-10-01', 20, (_, i) => ({
      bedtimeStretch: i < 10,
      crampNight: i < 10 ? i === 0 : i % 2 === 0,
    }))
    const e = byKey(factorEffects(journal, 2000), 'bedtime_stretch')
    expect(e.with).toEqual({ days: 10, crampNights: 1 })
    expect(e.without).toEqual({ days: 10, crampNights: 5 })
    expect(e.rateRatio).toBe(0.2)
    expect(e.direction).toBe('fewer')
    expect(e.strength).toBe('clear')
    expect(e.daysNeeded).toBe(0)
    expect(e.text).toBe(
      'Cramp nights followed 1 of 10 days with a bedtime stretch (10%) and 5 of 10 other days (50%).',
    )
  })

  it(`shows no ratio or strength until each side has ${MIN_DAYS_PER_SIDE} days, and says how many more`, () => {
    const six = days('2026-10-01', 13, (_, i) => ({ bedtimeStretch: i < 6, crampNight: i >= 6 }))
    const thin = byKey(factorEffects(six, 2000), 'bedtime_stretch')
    expect(thin.with.days).toBe(6)
    expect(thin.rateRatio).toBeNull()
    expect(thin.strength).toBeNull()
    expect(thin.direction).toBeNull()
    expect(thin.daysNeeded).toBe(1)
    expect(thin.text).toContain('1 more day')

    const seven = days('2026-10-01', 14, (_, i) => ({ bedtimeStretch: i < 7, crampNight: i >= 7 }))
    const enough = byKey(factorEffects(seven, 2000), 'bedtime_stretch')
    expect(enough.strength).toBe('clear')
    expect(enough.rateRatio).toBe(0)
    expect(enough.daysNeeded).toBe(0)
  })

  it('compares warm-ups only among exercise days', () => {
    const journal = days('2026-10-01', 30, (_, i) => ({
      // 8 exercise days warmed up, 8 not; 14 rest days that must not count.
      exercise: i < 16 ? [{ ...hardRun, warmedUp: i < 8 }] : [],
      crampNight: i >= 8 && i < 16,
    }))
    const e = byKey(factorEffects(journal, 2000), 'warm_up')
    expect(e.with).toEqual({ days: 8, crampNights: 0 })
    expect(e.without).toEqual({ days: 8, crampNights: 8 })
    // The warm-up routine counts as a warm-up too.
    const routine = days('2026-10-01', 2, () => ({
      exercise: [{ ...hardRun }],
      warmUpRoutine: true,
    }))
    expect(byKey(factorEffects(routine, 2000), 'warm_up').with.days).toBe(2)
  })

  it('splits water at the target, caffeine above the user’s own median and sitting at 8 hours', () => {
    const journal = days('2026-10-01', 10, (_, i) => ({
      waterMl: i < 4 ? 2000 : 1999,
      caffeineDrinks: [1, 1, 1, 2, 2, 2, 3, 3, 4, 5][i],
      sittingHours: i < 3 ? 8 : 7.5,
    }))
    const all = factorEffects(journal, 2000)
    expect(byKey(all, 'water_at_target').with.days).toBe(4)
    // Median of the ten days is 2 drinks: only 3, 3, 4 and 5 are above it.
    expect(byKey(all, 'caffeine_above_usual').with.days).toBe(4)
    expect(byKey(all, 'long_sitting').with.days).toBe(3)
  })

  it('labels near-equal rates as little difference and never claims a cause', () => {
    expect(strengthOf({ days: 20, crampNights: 5 }, { days: 20, crampNights: 5 })).toBe('little')
    expect(strengthOf({ days: 20, crampNights: 6 }, { days: 20, crampNights: 4 })).toBe('some')
    const e = effect('hot_conditions', { days: 10, crampNights: 6 }, { days: 10, crampNights: 2 })
    expect(e.direction).toBe('more')
    expect(e.text).not.toMatch(/caus|because|prevent/i)
  })
})
