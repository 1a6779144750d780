import { describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN, nightRole, scheduleContent, scheduleFromSeed, totalNights } from './design'

describe('experiment schedule', () => {
  it('defaults to 4 pairs of 7 nights: 56 nights, each pair one ON and one OFF', () => {
    expect(totalNights(DEFAULT_DESIGN)).toBe(56)
    const periods = scheduleFromSeed(
      DEFAULT_DESIGN,
      new Uint8Array([1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    )
    expect(periods.map((p) => p.arm)).toEqual(['on', 'off', 'off', 'on', 'on', 'off', 'off', 'on'])
    expect(periods.map((p) => p.firstNight)).toEqual([0, 7, 14, 21, 28, 35, 42, 49])
  })

  it('adds a baseline week before the pairs when asked', () => {
    expect(totalNights({ ...DEFAULT_DESIGN, baseline: true, periodNights: 14, pairs: 3 })).toBe(91)
  })

  it('marks the first washout nights of each period and the baseline', () => {
    const design = { ...DEFAULT_DESIGN, baseline: true, washoutNights: 1 as const }
    const periods = scheduleFromSeed(design, new Uint8Array(16))
    expect(nightRole(design, periods, 3).kind).toBe('baseline')
    expect(nightRole(design, periods, 7)).toMatchObject({ kind: 'period', washout: true })
    expect(nightRole(design, periods, 8)).toMatchObject({ kind: 'period', washout: false })
    expect(nightRole(design, periods, 63).kind).toBe('outside')
  })

  it('gives a different content string, and so a different hash, when any order differs', () => {
    const a = scheduleFromSeed(DEFAULT_DESIGN, new Uint8Array(16))
    const b = scheduleFromSeed(
      DEFAULT_DESIGN,
      new Uint8Array([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    )
    expect(scheduleContent(DEFAULT_DESIGN, a)).not.toBe(scheduleContent(DEFAULT_DESIGN, b))
    expect(() => scheduleFromSeed(DEFAULT_DESIGN, new Uint8Array(2))).toThrow(/too short/)
  })
})
