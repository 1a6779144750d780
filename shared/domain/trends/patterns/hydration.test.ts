import { describe, expect, it } from 'vitest'
import type { DayRecord } from '../days'
import { hardRun } from '../test-days'
import { hydrationNutrition } from './hydration'
import { input, window } from './test-input'

/** 8 cramp days, `low` of them with water under target; `hard` of them with a hard run. */
function journal(low: number, hard = 0): DayRecord[] {
  return window((_, i) => {
    const cramp = i % 6 === 0 && i < 48
    const n = i / 6
    return {
      crampNight: cramp,
      waterMl: cramp && n < low ? 1200 : 2200,
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
