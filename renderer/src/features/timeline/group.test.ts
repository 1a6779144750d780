import { describe, expect, it } from 'vitest'
import type { CheckIn } from '@shared/domain/checkin'
import type { Episode } from '@shared/domain/episode'
import { storedCheckIn, storedCramp } from '@shared/testing/cramps'
import { groupByDay } from './group'

const episode = (id: string, iso: string, utcOffsetMin = 0): Episode =>
  storedCramp({ id, startedAt: Date.parse(iso), utcOffsetMin, context: 'asleep' })

const checkIn = (date: string): CheckIn => storedCheckIn({ date })

describe('groupByDay', () => {
  it('puts each cramp on the local day it happened, by its own stored offset', () => {
    // 23:30 UTC is 01:30 the next day in UTC+2, and 18:30 the same day in UTC-5.
    const days = groupByDay([
      {
        episodes: [
          episode('a', '2026-03-09T23:30:00Z', 120),
          episode('b', '2026-03-09T23:30:00Z', -300),
        ],
        checkIns: [],
        workouts: [],
        next: null,
      },
    ])
    expect(days.map((d) => [d.date, d.episodes.map((e) => e.id)])).toEqual([
      ['2026-03-10', ['a']],
      ['2026-03-09', ['b']],
    ])
  })

  it('mixes check-ins in, newest day first, across pages, without repeating an entry', () => {
    const late = episode('late', '2026-03-10T21:00:00Z')
    const early = episode('early', '2026-03-10T06:00:00Z')
    const days = groupByDay([
      {
        episodes: [late],
        checkIns: [checkIn('2026-03-10'), checkIn('2026-03-08')],
        workouts: [],
        next: null,
      },
      { episodes: [early, late], checkIns: [checkIn('2026-03-07')], workouts: [], next: null },
    ])
    expect(days.map((d) => d.date)).toEqual(['2026-03-10', '2026-03-08', '2026-03-07'])
    expect(days[0]?.episodes.map((e) => e.id)).toEqual(['late', 'early'])
    expect(days[0]?.checkIn?.date).toBe('2026-03-10')
    expect(days[1]?.episodes).toEqual([])
  })
})
