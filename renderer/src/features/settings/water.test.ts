import { describe, expect, it } from 'vitest'
import { convertTargetText, formatTarget, parseTarget } from './water'

describe('water target', () => {
  it('shows millilitres as glasses of 250 ml, to one decimal', () => {
    expect(formatTarget(2000, 'glasses')).toBe('8')
    expect(formatTarget(2100, 'glasses')).toBe('8.4')
    expect(formatTarget(2100, 'ml')).toBe('2100')
  })

  it('reads what the user typed in their unit', () => {
    expect(parseTarget('10', 'glasses')).toEqual({ ok: true, ml: 2500 })
    expect(parseTarget(' 8,5 ', 'glasses')).toEqual({ ok: true, ml: 2125 })
    expect(parseTarget('2500', 'ml')).toEqual({ ok: true, ml: 2500 })
    expect(parseTarget('', 'ml')).toMatchObject({ ok: false })
    expect(parseTarget('lots', 'glasses')).toMatchObject({ ok: false })
  })

  it('keeps the amount when the unit changes, and leaves unreadable text alone', () => {
    expect(convertTargetText('8', 'glasses', 'ml')).toBe('2000')
    expect(convertTargetText('2100', 'ml', 'glasses')).toBe('8.4')
    expect(convertTargetText('lots', 'ml', 'glasses')).toBe('lots')
  })
})
