import { describe, expect, it } from 'vitest'
import { nightAmbush } from './night-ambush'
import { cramp, input } from './test-input'

const nightCramp = (d: string) => cramp(d, 3, d)

describe('3 a.m. ambush', () => {
  it('fires when 60% or more of at least 4 cramps come at night, on 3+ nights', () => {
    const p = nightAmbush(
      input({
        episodes: [
          nightCramp('2026-11-01'),
          nightCramp('2026-11-05'),
          nightCramp('2026-11-09'),
          cramp('2026-11-10', 15),
          cramp('2026-11-11', 15),
        ],
      }),
    )
    expect(p?.id).toBe('night_ambush')
    expect(p?.evidence).toContainEqual({ label: 'Night cramps', value: '3 of 5 (60%)' })
    expect(p?.evidence).toContainEqual({ label: 'Most common hour', value: 'from 3 a.m.' })
    expect(p?.actions).toContain('enable-bedtime-reminder')
    expect(p?.plan.join(' ')).toMatch(/before bed/)
  })

  it('does not fire just under 60% night cramps', () => {
    const episodes = [
      nightCramp('2026-11-01'),
      nightCramp('2026-11-05'),
      nightCramp('2026-11-09'),
      cramp('2026-11-10', 15),
      cramp('2026-11-11', 15),
      cramp('2026-11-12', 15),
    ]
    expect(nightAmbush(input({ episodes }))).toBeNull()
  })

  it('does not fire on thin data: 3 cramps, or 4 on only 2 nights', () => {
    const three = ['2026-11-01', '2026-11-05', '2026-11-09'].map(nightCramp)
    expect(nightAmbush(input({ episodes: three }))).toBeNull()
    const twoNights = [
      nightCramp('2026-11-01'),
      nightCramp('2026-11-01'),
      nightCramp('2026-11-05'),
      nightCramp('2026-11-05'),
    ]
    expect(nightAmbush(input({ episodes: twoNights }))).toBeNull()
  })
})
