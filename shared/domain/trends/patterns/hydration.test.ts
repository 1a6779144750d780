import { describe, expect, it } from 'vitest'
import type { DayRecord } from '../days'
import { hardRun } from '../test-days'
import { hydrationNutrition, MIN_OTHER_DAYS } from './hydration'
import { input, window } from './test-input'

/**
 * 8 cramp days, `low` of them with water under target and `hard` of them
 * with a hard run; of the 47 other days, `lowOther` with water under target.
 */
function journal(low: number, hard = 0, lowOther = 0): DayRecord[] {
  let other = 0
  return window((_, i) => {
    const cramp = i % 6 === 0 && i < 48
    const n = i / 6
    const lowHere = cramp ? n < low : other++ < lowOther
    return {
      crampNight: cramp,
      waterMl: lowHere ? 1200 : 2200,
      exercise: cramp && n < hard ? [hardRun] : [],
    }
  })
}

describe('hydration and nutrition', () => {
  it('fires when 75%+ of cramp days were low-water days without hard training', () => {
    const p = hydrationNutrition(input({ days: journal(6) }))
    expect(p?.id).toBe('hydration_nutrition')
    expect(p?.evidence).toContainEqual({
      label: 'Water under target',
      value: '6 of 8 cramp days',
    })
    // Steady intake, not a target that keeps rising: the card offers the water reminder.
    expect(p?.actions).toEqual(['enable-water-reminder', 'open-check-in'])
    expect(p?.plan.join(' ')).toMatch(/pale-yellow urine/)
    expect(p?.plan.join(' ')).toMatch(/kidney disease/)
  })

  it('compares with the other days: fires only when low intake is 25+ points more common on cramp days', () => {
    // 6 of 8 cramp days (75%) low; 47 other days.
    const at = hydrationNutrition(input({ days: journal(6, 0, 23) })) // 49%: 26 points less
    expect(at?.evidence).toContainEqual({
      label: 'Other days with low water, food or much caffeine',
      value: '23 of 47 (49%)',
    })
    expect(at?.rule).toMatch(/at least 25 points more than your other checked-in days/)
    expect(at?.rule).toMatch(/not what caused what/)
    expect(hydrationNutrition(input({ days: journal(6, 0, 24) }))).toBeNull() // 51%: 24 points
  })

  it('does not fire when every day is a low-intake day, such as quiet nights saved with no water', () => {
    const quiet = journal(8).map((d) =>
      d.crampNight ? d : { ...d, waterMl: 0, electrolyteGroups: 0 },
    )
    expect(hydrationNutrition(input({ days: quiet }))).toBeNull()
  })

  it(`needs ${MIN_OTHER_DAYS} other days to compare with`, () => {
    const cramps = journal(8).filter((d) => d.crampNight)
    const others = journal(8).filter((d) => !d.crampNight)
    const enough = [...cramps, ...others.slice(0, MIN_OTHER_DAYS)]
    const thin = [...cramps, ...others.slice(0, MIN_OTHER_DAYS - 1)]
    expect(hydrationNutrition(input({ days: enough }))).not.toBeNull()
    expect(hydrationNutrition(input({ days: thin }))).toBeNull()
  })

  it('does not fire at 5 of 8 low-intake cramp days (under 75%)', () => {
    expect(hydrationNutrition(input({ days: journal(5) }))).toBeNull()
  })

  it('counts no electrolyte-rich food and 4+ caffeinated drinks as low intake', () => {
    const days = journal(0).map((d, i) =>
      d.crampNight
        ? { ...d, electrolyteGroups: i % 12 === 0 ? 0 : 2, caffeineDrinks: i % 12 === 0 ? 1 : 4 }
        : d,
    )
    expect(hydrationNutrition(input({ days }))).not.toBeNull()
  })

  it('does not fire when a quarter of cramp days had hard exercise (training changed)', () => {
    expect(hydrationNutrition(input({ days: journal(8, 1) }))).not.toBeNull()
    expect(hydrationNutrition(input({ days: journal(8, 2) }))).toBeNull()
  })

  it('does not fire on thin data: under 14 check-ins or under 4 cramp days', () => {
    expect(hydrationNutrition(input({ days: journal(8).slice(0, 13) }))).toBeNull()
    const three = journal(8).map((d, i) => (i >= 18 ? { ...d, crampNight: false } : d))
    expect(hydrationNutrition(input({ days: three }))).toBeNull()
  })
})
