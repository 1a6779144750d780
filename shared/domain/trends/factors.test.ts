import { describe, expect, it } from 'vitest'
import { effect, factorEffects, MIN_CRAMP_NIGHTS, MIN_DAYS_PER_SIDE, strengthOf } from './factors'
import { days, hardRun } from './test-days'

const byKey = (xs: ReturnType<typeof factorEffects>, key: string) => {
  const found = xs.find((x) => x.factor === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

describe('factor effects', () => {
  it('counts cramp nights after days with and without a bedtime stretch', () => {
    // 20 stretch days with 1 cramp night, 20 other days with 10.
    const journal = days('2026-10-01', 40, (_, i) => ({
      bedtimeStretch: i < 20,
      crampNight: i < 20 ? i === 0 : i % 2 === 0,
    }))
    const e = byKey(factorEffects(journal, 2000), 'bedtime_stretch')
    expect(e.with).toEqual({ days: 20, crampNights: 1 })
    expect(e.without).toEqual({ days: 20, crampNights: 10 })
    expect(e.rateRatio).toBe(0.1)
    expect(e.direction).toBe('fewer')
    expect(e.strength).toBe('clear')
    expect(e.interval?.high).toBeLessThan(1)
    expect(e.daysNeeded).toBe(0)
    expect(e.text).toMatch(
      /^Cramp nights followed 1 of 20 days with a bedtime stretch \(5%\) and 10 of 20 other days \(50%\)\. The 95% interval of the ratio \(0\.\d\d to 0\.\d\d\) leaves out 1: a clear difference\.$/,
    )
  })

  it('calls 3 of 7 nights against 1 of 7 "could be chance", not clear', () => {
    const e = effect('bedtime_stretch', { days: 7, crampNights: 1 }, { days: 7, crampNights: 3 })
    expect(e.strength).toBe('could_be_chance')
    expect(e.interval?.low).toBeLessThan(1)
    expect(e.text).toContain('1 of 7 days with a bedtime stretch (14%) and 3 of 7 other days (43%)')
    // With enough nights, the interval decides: 2 of 7 against 5 of 7 still includes 1.
    const seven = effect(
      'bedtime_stretch',
      { days: 7, crampNights: 2 },
      { days: 7, crampNights: 5 },
    )
    expect(seven.strength).toBe('could_be_chance')
    expect(seven.text).toMatch(
      /The 95% interval of the ratio \(0\.\d\d to \d\.\d\d\) includes 1: this could be chance\.$/,
    )
  })

  it(`needs ${MIN_CRAMP_NIGHTS} cramp nights in all before any difference is clear`, () => {
    // 0 of 30 against 4 of 7 leaves out 1, but four nights are too few to call it.
    const four = effect('long_sitting', { days: 30, crampNights: 0 }, { days: 7, crampNights: 4 })
    expect(four.interval?.high).toBeLessThan(1)
    expect(four.strength).toBe('could_be_chance')
    expect(four.text).toMatch(
      /With 4 cramp nights in all, too few to tell a difference from chance\.$/,
    )
    const five = effect('long_sitting', { days: 30, crampNights: 0 }, { days: 7, crampNights: 5 })
    expect(five.strength).toBe('clear')
    // No cramp nights on the "without" side: the interval has no upper end.
    const open = effect('long_sitting', { days: 30, crampNights: 9 }, { days: 30, crampNights: 0 })
    expect(open.rateRatio).toBeNull()
    expect(open.interval?.high).toBeNull()
    expect(open.strength).toBe('clear')
    expect(open.text).toContain('to no upper limit) leaves out 1')
  })

  it(`shows no ratio or strength until each side has ${MIN_DAYS_PER_SIDE} days, and says how many more`, () => {
    const six = days('2026-10-01', 13, (_, i) => ({ bedtimeStretch: i < 6, crampNight: i >= 6 }))
    const thin = byKey(factorEffects(six, 2000), 'bedtime_stretch')
    expect(thin.with.days).toBe(6)
    expect(thin.rateRatio).toBeNull()
    expect(thin.interval).toBeNull()
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

  it('calls equal rates chance and never claims a cause', () => {
    expect(strengthOf({ days: 20, crampNights: 5 }, { days: 20, crampNights: 5 })).toBe(
      'could_be_chance',
    )
    expect(strengthOf({ days: 60, crampNights: 30 }, { days: 60, crampNights: 10 })).toBe('clear')
    const e = effect('hot_conditions', { days: 10, crampNights: 6 }, { days: 10, crampNights: 2 })
    expect(e.direction).toBe('more')
    expect(e.text).not.toMatch(/caus|because|prevent/i)
  })
})
