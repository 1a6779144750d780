import { describe, expect, it } from 'vitest'
import { periodBands } from './chart'
import { DEFAULT_DESIGN, scheduleFromSeed } from './design'

describe('chart bands', () => {
  it('shades every period edge to edge, after the baseline week when there is one', () => {
    const design = { ...DEFAULT_DESIGN, baseline: true }
    const bands = periodBands(design, scheduleFromSeed(design, new Uint8Array(16).fill(1)))
    expect(bands[0]).toEqual({ from: 0.5, to: 7.5, role: 'baseline', label: 'Baseline' })
    expect(bands[1]).toEqual({ from: 7.5, to: 14.5, role: 'on', label: 'Pair 1, ON' })
    expect(bands.at(-1)).toEqual({ from: 56.5, to: 63.5, role: 'off', label: 'Pair 4, OFF' })
    expect(bands.slice(1).every((b, i, all) => i === 0 || b.from === all[i - 1]?.to)).toBe(true)
  })
})
