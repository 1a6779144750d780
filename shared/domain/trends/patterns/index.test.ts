import { describe, expect, it } from 'vitest'
import { hardRun } from '../test-days'
import { detectPatterns, thinDataNote } from './index'
import { cramp, input, window } from './test-input'

describe('detectPatterns', () => {
  it('finds nothing in an empty or thin journal and says what is missing', () => {
    expect(detectPatterns(input())).toEqual([])
    expect(thinDataNote(input())).toBe(
      'Patterns are looked for once the last 8 weeks hold at least 4 logged cramps and 14 days of check-ins. So far: 0 cramps and 0 check-in days.',
    )
    const thin = input({
      days: window().slice(0, 10),
      episodes: [cramp('2026-10-02', 3, '2026-10-01'), cramp('2026-10-05', 3, '2026-10-04')],
    })
    expect(detectPatterns(thin)).toEqual([])
    expect(thinDataNote(thin)).toContain('So far: 2 cramps and 10 check-in days.')
    expect(thinDataNote(thin)).not.toMatch(/more cramps/)
  })

  it('reports several patterns when several apply, in CONTENT.md order', () => {
    // Hard Saturdays on sedentary weeks, night cramps after them, low water every day.
    const days = window().map((d) => ({
      ...d,
      waterMl: 1000,
      exercise: d.weekday === 6 ? [hardRun] : [],
    }))
    const saturdays = days.filter((d) => d.weekday === 6).map((d) => d.date)
    const episodes = saturdays.slice(0, 5).map((d) => cramp(d, 23, d))
    const found = detectPatterns(input({ days, episodes }))
    expect(found.map((p) => p.id)).toEqual(['weekend_warrior', 'night_ambush'])
    expect(thinDataNote(input({ days, episodes }))).toBeNull()
  })
})
