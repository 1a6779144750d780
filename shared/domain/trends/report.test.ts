import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../checkin'
import { FLAG_ORDER, flagText } from '../red-flags'
import type { PlacedEpisode } from './placed'
import { buildReport, REPORT_DISCLAIMER, type ReportInput } from './report'
import { crampInput } from '../../testing/cramps'

const night = { start: '22:00', end: '07:00' }

function ep(
  localDate: string,
  localMinute: number,
  over: Partial<PlacedEpisode> = {},
): PlacedEpisode {
  return {
    ...crampInput({ startedAt: 0, utcOffsetMin: 60 }),
    id: `${localDate}-${localMinute}`,
    localDate,
    localMinute,
    ...over,
  }
}

function report(over: Partial<ReportInput> = {}) {
  return buildReport({
    from: '2026-10-27',
    to: '2026-11-25',
    generatedOn: '2026-11-25',
    night,
    episodes: [],
    checkIns: [],
    medications: [],
    flags: [],
    medicationNote: null,
    routinesDone: [],
    weekHistory: { totals: new Map(), firstWeek: '2025-01-06' },
    ...over,
  })
}

describe('buildReport', () => {
  it('counts cramps, frequency, nights affected, durations, pain and time of day', () => {
    const r = report({
      episodes: [
        ep('2026-11-02', 180, { durationSec: 40, pain: 8, context: 'asleep' }),
        ep('2026-11-02', 200, { durationSec: 100 }), // same night as the first
        ep('2026-11-10', 23 * 60, { durationSec: 700, durationBucket: 'over_10m' }),
        ep('2026-11-12', 9 * 60, { durationBucket: null }),
        ep('2026-11-13', 14 * 60),
        ep('2026-11-14', 19 * 60, { pain: 2 }),
      ],
    })
    expect(r.days).toBe(30)
    expect(r.cramps).toBe(6)
    expect(r.perWeek).toBe(1.4) // 6 in 30 days
    expect(r.nightsAffected).toBe(2)
    expect(r.nights).toBe(30)
    expect(r.duration).toEqual({
      medianSec: 100,
      longestSec: 700,
      buckets: { under_30s: 0, '30s_2m': 4, '2_10m': 0, over_10m: 1, unknown: 1 },
    })
    expect(r.pain).toEqual({ average: 5, peak: 8, severe: 1 })
    expect(r.timeOfDay).toMatchObject({ night: 3, morning: 1, afternoon: 1, evening: 1 })
    expect(r.weekly.map((w) => w.total)).toEqual([0, 2, 4, 0, 0])
    expect(r.disclaimer).toBe(REPORT_DISCLAIMER)
    expect(r.disclaimer).toMatch(/not a medical device/)
  })

  it('lists every red flag as a checklist, medicines with start dates, what helped and notes', () => {
    const flags = FLAG_ORDER.map((key) => ({
      key,
      ...flagText(key),
      rule: `The ${key} rule.`,
      found: `Found for ${key}.`,
      episodeIds: key === 'frequent' ? ['a'] : [],
      present: key === 'frequent',
    }))
    const r = report({
      flags,
      medications: [
        {
          id: '7b0c1c7e-3a52-4f3e-9d0e-2f0b6a8f1c11',
          name: 'Furosemide',
          kind: 'diuretic',
          startedOn: '2026-09-01',
          archived: false,
        },
      ],
      episodes: [
        ep('2026-11-02', 600, {
          relief: ['stretch', 'heat'],
          reliefBest: 'stretch',
          notes: 'after a hill run',
        }),
        ep('2026-11-03', 600, { relief: ['stretch'], reliefBest: null }),
      ],
      checkIns: [{ ...emptyCheckIn('2026-11-04'), note: 'long flight', updatedAt: 0 }],
      routinesDone: [
        { kind: 'bedtime', count: 9 },
        { kind: 'warm_up', count: 0 },
      ],
    })
    expect(r.redFlags).toHaveLength(6)
    expect(r.redFlags.filter((f) => f.present).map((f) => f.key)).toEqual(['frequent'])
    expect(r.medications).toEqual([
      { name: 'Furosemide', kind: 'diuretic', startedOn: '2026-09-01', mayContribute: true },
    ])
    expect(r.tried).toEqual([
      { relief: 'stretch', used: 2, helpedMost: 1 },
      { relief: 'heat', used: 1, helpedMost: 0 },
    ])
    expect(r.routinesDone).toEqual([{ kind: 'bedtime', count: 9 }])
    expect(r.notes).toEqual([
      { date: '2026-11-04', source: 'check-in', text: 'long flight' },
      { date: '2026-11-02', source: 'cramp', text: 'after a hill run' },
    ])
    expect(r.notesLeftOut).toBe(0)
  })

  it('has nothing to average in an empty period', () => {
    const r = report()
    expect(r.cramps).toBe(0)
    expect(r.pain).toEqual({ average: null, peak: null, severe: 0 })
    expect(r.duration.medianSec).toBeNull()
  })
})
