import { describe, expect, it } from 'vitest'
import { flagText } from '../../red-flags'
import { seeProfessional } from './professional'
import { cramp, input, window } from './test-input'

const careful = window(() => ({ bedtimeStretch: true, waterMl: 2500, electrolyteGroups: 2 }))
/** `before` cramps in the first 4 weeks of the window, `recent` in the last 4. */
function cramps(before: number, recent: number) {
  return [
    ...Array.from({ length: before }, (_, i) => cramp(`2026-10-0${i + 1}`, 14)),
    ...Array.from({ length: recent }, (_, i) => cramp(`2026-11-1${i}`, 14)),
  ]
}

describe('see a professional', () => {
  it('fires on any red flag, naming the sign and who to see', () => {
    const flag = {
      key: 'with_signs' as const,
      ...flagText('with_signs'),
      rule: 'Shows when an entry notes numbness.',
      found: '1 entry in the last 30 days',
      episodeIds: [],
    }
    const p = seeProfessional(input({ flags: [flag] }))
    expect(p?.id).toBe('see_professional')
    expect(p?.evidence).toEqual([{ label: flag.sign, value: 'Your doctor, soon' }])
    expect(p?.actions).toContain('open-report')
  })

  it('fires when cramps did not fall over 4 weeks despite stretching, water and food', () => {
    const p = seeProfessional(input({ days: careful, episodes: cramps(4, 4) }))
    expect(p?.evidence).toContainEqual({ label: 'Cramps, last 4 weeks', value: '4' })
  })

  it('does not fire when cramps fell, or with 3 recent cramps', () => {
    expect(seeProfessional(input({ days: careful, episodes: cramps(5, 4) }))).toBeNull()
    expect(seeProfessional(input({ days: careful, episodes: cramps(0, 3) }))).toBeNull()
  })

  it('does not fire when the care is not there (under half the days)', () => {
    const lax = careful.map((d, i) => ({ ...d, bedtimeStretch: i % 2 === 0 && i < 40 }))
    expect(seeProfessional(input({ days: lax, episodes: cramps(0, 4) }))).toBeNull()
  })

  it('does not fire on thin data: under 14 check-ins in the last 4 weeks', () => {
    // The last 4 weeks start on 29 October: 14 check-ins to 11 November, 13 to the 10th.
    const upTo = (last: string) => careful.filter((d) => d.date <= last)
    expect(
      seeProfessional(input({ days: upTo('2026-11-11'), episodes: cramps(0, 5) })),
    ).not.toBeNull()
    expect(seeProfessional(input({ days: upTo('2026-11-10'), episodes: cramps(0, 5) }))).toBeNull()
  })
})
