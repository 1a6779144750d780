import { describe, expect, it } from 'vitest'
import { parseWater, stepWater, waterLabel, waterOf, waterProgress, waterText } from './water'

describe('water in the user’s unit', () => {
  it('shows stored millilitres as glasses of 250 ml, or as ml', () => {
    expect(waterText(1500, 'glasses')).toBe('6')
    expect(waterText(1300, 'glasses')).toBe('5.2')
    expect(waterText(1300, 'ml')).toBe('1300')
    expect(waterLabel(250, 'glasses')).toBe('1 glass')
    expect(waterLabel(2000, 'glasses')).toBe('8 glasses')
    expect(waterLabel(12500, 'ml')).toBe('12,500 ml')
    expect(waterOf(1000, 2000, 'glasses')).toBe('4 of 8 glasses')
    expect(waterOf(1000, 2000, 'ml')).toBe('1,000 of 2,000 ml')
  })

  it('reads what was typed back to whole millilitres', () => {
    expect(parseWater('6', 'glasses')).toEqual({ ok: true, ml: 1500 })
    expect(parseWater('2,5', 'glasses')).toEqual({ ok: true, ml: 625 })
    expect(parseWater(' 750 ', 'ml')).toEqual({ ok: true, ml: 750 })
    expect(parseWater('', 'ml')).toEqual({ ok: true, ml: 0 })
    expect(parseWater('lots', 'glasses')).toEqual({
      ok: false,
      message: 'Enter a number of glasses, such as 6.',
    })
    expect(parseWater('-1', 'ml').ok).toBe(false)
  })

  it('steps by a glass and stays within a day’s limits', () => {
    expect(stepWater(0, 1)).toBe(250)
    expect(stepWater(100, -1)).toBe(0)
    expect(stepWater(19_900, 1)).toBe(20_000)
    expect(waterProgress(1500, 2000)).toBe(0.75)
    expect(waterProgress(5000, 2000)).toBe(1)
  })
})
