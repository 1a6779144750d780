import { describe, expect, it } from 'vitest'
import { expandRoutine, timedDurationMs, estimatedDurationMs, type Segment } from './expand'
import { holdStep, makeRoutine, repsStep } from './test-fixtures'

const brief = (segments: Segment[]) =>
  segments.map((s) => [s.kind, s.durationMs, s.side, s.set] as const)

describe('expandRoutine', () => {
  it('opens with a 3-2-1 lead-in and ends with done', () => {
    const segments = expandRoutine(makeRoutine([holdStep('March in place', 60)]))
    expect(brief(segments)).toEqual([
      ['lead_in', 3000, null, null],
      ['hold', 60_000, 'both', 1],
      ['done', 0, null, null],
    ])
    expect(segments[0]?.nextLabel).toBe('March in place')
    expect(segments[1]?.nextLabel).toBe('Done')
    expect(segments[2]?.nextLabel).toBeNull()
  })

  it('turns "each" into left, a switch-sides moment, then right', () => {
    const segments = expandRoutine(makeRoutine([holdStep('Calf stretch', 30, 'each')]))
    expect(brief(segments).slice(1, -1)).toEqual([
      ['hold', 30_000, 'left', 1],
      ['switch_sides', 5000, null, 1],
      ['hold', 30_000, 'right', 1],
    ])
    expect(segments.map((s) => s.label)).toEqual([
      'Get ready',
      'Calf stretch – left leg',
      'Switch sides',
      'Calf stretch – right leg',
      'Done',
    ])
    // While switching, "next up" names the side about to start.
    expect(segments[2]?.nextLabel).toBe('Calf stretch – right leg')
  })

  it('keeps a single side as it is', () => {
    const segments = expandRoutine(makeRoutine([holdStep('Stretch', 20, 'right')]))
    expect(brief(segments).slice(1, -1)).toEqual([['hold', 20_000, 'right', 1]])
  })

  it('plays sets of reps that wait for Done, with timed rests only between sets', () => {
    const segments = expandRoutine(makeRoutine([repsStep('Glute bridge', 12, 3, 45)]))
    expect(brief(segments).slice(1, -1)).toEqual([
      ['reps', null, 'both', 1],
      ['rest', 45_000, null, 1],
      ['reps', null, 'both', 2],
      ['rest', 45_000, null, 2],
      ['reps', null, 'both', 3],
    ])
    expect(segments[3]?.label).toBe('Glute bridge – 12 reps, set 2 of 3')
    expect(segments[3]?.reps).toBe(12)
  })

  it('alternates legs within each set of a per-leg rep step', () => {
    const segments = expandRoutine(makeRoutine([repsStep('Single-leg bridge', 8, 2, 30, 'each')]))
    expect(brief(segments).slice(1, -1)).toEqual([
      ['reps', null, 'left', 1],
      ['switch_sides', 5000, null, 1],
      ['reps', null, 'right', 1],
      ['rest', 30_000, null, 1],
      ['reps', null, 'left', 2],
      ['switch_sides', 5000, null, 2],
      ['reps', null, 'right', 2],
    ])
  })

  it('repeats a hold as sets with breathing breaks', () => {
    const step = holdStep('Stretch', 20, 'both')
    const segments = expandRoutine(
      makeRoutine([
        { ...step, mode: { type: 'hold', holdSec: 20, sets: 3, restBetweenSetsSec: 10 } },
      ]),
    )
    expect(segments.filter((s) => s.kind === 'hold').map((s) => s.label)).toEqual([
      'Stretch – 1 of 3',
      'Stretch – 2 of 3',
      'Stretch – 3 of 3',
    ])
    expect(segments.filter((s) => s.kind === 'rest')).toHaveLength(2)
  })

  it('rests after a step, but not after the very last one', () => {
    const segments = expandRoutine(
      makeRoutine([
        holdStep('A', 10, 'both', { restAfterSec: 15 }),
        holdStep('B', 10, 'both', { restAfterSec: 15 }),
      ]),
    )
    expect(brief(segments).map((s) => s[0])).toEqual(['lead_in', 'hold', 'rest', 'hold', 'done'])
    expect(segments[2]?.durationMs).toBe(15_000)
    expect(segments[2]?.nextLabel).toBe('B')
  })

  it('plays every round, resting between rounds, and numbers them', () => {
    const segments = expandRoutine(
      makeRoutine([holdStep('A', 10, 'both'), holdStep('B', 10, 'both', { restAfterSec: 20 })], {
        rounds: 2,
      }),
    )
    expect(segments.map((s) => `${s.kind}:${s.label}:${s.round}`)).toEqual([
      'lead_in:Get ready:1',
      'hold:A:1',
      'hold:B:1',
      'rest:Rest:1',
      'hold:A:2',
      'hold:B:2',
      'done:Done:2',
    ])
    expect(segments.map((s) => s.stepIndex)).toEqual([null, 0, 1, 1, 0, 1, null])
  })

  it('adds up the timed length exactly and estimates reps at a steady pace', () => {
    const segments = expandRoutine(
      makeRoutine([holdStep('A', 30, 'each', { restAfterSec: 10 }), repsStep('B', 10, 2, 20)]),
    )
    // 3 lead-in + 30 + 5 + 30 + 10 rest + 20 rest between sets
    expect(timedDurationMs(segments)).toBe(98_000)
    // plus 2 sets × 10 reps × 3 s
    expect(estimatedDurationMs(segments)).toBe(158_000)
  })

  it('marks the segments of optional steps', () => {
    const segments = expandRoutine(
      makeRoutine([holdStep('A', 10), holdStep('B', 10, 'each', { optional: true })]),
    )
    expect(segments.filter((s) => s.optional).map((s) => s.kind)).toEqual([
      'hold',
      'switch_sides',
      'hold',
    ])
  })
})
