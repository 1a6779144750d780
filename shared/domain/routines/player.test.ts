import { describe, expect, it } from 'vitest'
import { expandRoutine } from './expand'
import {
  currentSegment,
  initial,
  progress,
  reduce,
  remainingMs,
  totalRemainingMs,
  type PlayerActionType,
  type PlayerState,
} from './player'
import { holdStep, makeRoutine, repsStep } from './test-fixtures'

// 0 lead-in 3 s · 1 A left 10 s · 2 switch 5 s · 3 A right 10 s · 4 rest 5 s ·
// 5 B reps set 1 · 6 rest 10 s · 7 B reps set 2 · 8 done
const segments = expandRoutine(
  makeRoutine([holdStep('A', 10, 'each', { restAfterSec: 5 }), repsStep('B', 5, 2, 10)]),
)

const act = (state: PlayerState, type: PlayerActionType, now: number) =>
  reduce(state, { type, now })
const startedAt = (now: number) => act(initial(segments), 'start', now)
const at = (state: PlayerState) => `${state.index}:${currentSegment(state).kind}:${state.status}`

describe('player: starting and running', () => {
  it('waits at the 3-2-1 lead-in until started', () => {
    const ready = initial(segments)
    expect(at(ready)).toBe('0:lead_in:ready')
    expect(remainingMs(ready, 50_000)).toBe(3000)
    expect(act(ready, 'tick', 50_000)).toBe(ready)
  })

  it('counts down from the absolute end time', () => {
    const s = startedAt(1000)
    expect(remainingMs(s, 1000)).toBe(3000)
    expect(remainingMs(s, 2500.5)).toBe(1499.5)
    expect(at(act(s, 'tick', 3999.999))).toBe('0:lead_in:running')
  })

  it('starts the next segment at the previous exact end, however late the tick', () => {
    const s = act(startedAt(1000), 'tick', 4500) // the lead-in ended at 4000
    expect(at(s)).toBe('1:hold:running')
    expect(remainingMs(s, 4500)).toBe(9500)
  })

  it('reads the right time even when no tick has arrived since a segment ended', () => {
    const s = startedAt(0)
    expect(remainingMs(s, 5000)).toBe(8000) // 2 s into the 10 s hold
    // 8 left + 5 switch + 10 right + 5 rest + 10 rest between the sets of B
    expect(totalRemainingMs(s, 5000)).toBe(38_000)
  })

  it('completes several segments at once after a long gap, and stops at reps', () => {
    const s = startedAt(0)
    const afterNap = act(s, 'tick', 30_000)
    expect(at(afterNap)).toBe('4:rest:running')
    expect(remainingMs(afterNap, 30_000)).toBe(3000)
    expect(afterNap.marks.slice(0, 4)).toEqual([null, 'done', null, 'done'])

    const afterSleep = act(s, 'tick', 10 * 3600_000)
    expect(at(afterSleep)).toBe('5:reps:running')
    expect(remainingMs(afterSleep, 10 * 3600_000)).toBeNull()
  })

  it('waits at reps for Done, then times the rest from the press', () => {
    const onReps = act(startedAt(0), 'tick', 33_000)
    expect(at(act(onReps, 'tick', 99_000))).toBe('5:reps:running')
    const resting = act(onReps, 'repsDone', 40_000)
    expect(at(resting)).toBe('6:rest:running')
    expect(remainingMs(resting, 45_000)).toBe(5000)
    expect(resting.marks[5]).toBe('done')
  })

  it('completes when the last set is done, at that moment', () => {
    let s = act(startedAt(0), 'tick', 33_000)
    s = act(s, 'repsDone', 40_000)
    s = act(s, 'tick', 50_000)
    expect(at(s)).toBe('7:reps:running')
    s = act(s, 'repsDone', 61_000)
    expect(at(s)).toBe('8:done:completed')
    expect(s.endedAtMs).toBe(61_000)
    expect(s.startedAtMs).toBe(0)
    expect(progress(s, 61_000)).toBe(1)
  })

  it('ignores "Done" on a timed segment', () => {
    const s = startedAt(0)
    expect(act(s, 'repsDone', 1000)).toBe(s)
  })

  it('ends at the last timed segment’s exact end when the routine finishes on a hold', () => {
    const holds = expandRoutine(makeRoutine([holdStep('A', 10)]))
    const s = reduce(reduce(initial(holds), { type: 'start', now: 100 }), {
      type: 'tick',
      now: 99_999,
    })
    expect(s.status).toBe('completed')
    expect(s.endedAtMs).toBe(13_100)
  })
})

describe('player: pause and resume', () => {
  it('keeps the remaining time exactly, to the fraction of a millisecond', () => {
    // performance.now() has at best µs resolution; the player keeps every µs.
    const running = startedAt(0.123)
    const paused = act(running, 'pause', 5000.457)
    expect(paused.status).toBe('paused')
    const left = remainingMs(paused, 5000.457)
    expect(left).toBe(7999.666)
    expect(remainingMs(paused, 987_654.321)).toBe(left) // the clock stopped

    const resumed = act(paused, 'resume', 123_456.789)
    expect(remainingMs(resumed, 123_456.789)).toBe(left)
    expect(at(act(resumed, 'tick', 123_456.789 + 7999.666 - 0.001))).toBe('1:hold:running')
    expect(at(act(resumed, 'tick', 123_456.789 + 7999.666))).toBe('2:switch_sides:running')
  })

  it('pausing while paused, or resuming while running, changes nothing', () => {
    const running = startedAt(0)
    const paused = act(running, 'pause', 1000)
    expect(act(paused, 'pause', 2000)).toBe(paused)
    expect(act(running, 'resume', 1000)).toBe(running)
    expect(act(initial(segments), 'pause', 1000).status).toBe('ready')
  })

  it('does not advance while paused, however long', () => {
    const paused = act(startedAt(0), 'pause', 1000)
    expect(at(act(paused, 'tick', 10 * 3600_000))).toBe('0:lead_in:paused')
  })

  it('pauses and resumes on reps without inventing a timer', () => {
    const onReps = act(startedAt(0), 'tick', 33_000)
    const paused = act(onReps, 'pause', 34_000)
    expect(remainingMs(paused, 34_000)).toBeNull()
    const resumed = act(paused, 'resume', 90_000)
    expect(at(resumed)).toBe('5:reps:running')
    expect(resumed.endsAtUs).toBeNull()
  })

  it('acts on the segment actually playing when paused after a gap', () => {
    const paused = act(startedAt(0), 'pause', 14_000) // the left hold ended at 13 s
    expect(at(paused)).toBe('2:switch_sides:paused')
    expect(remainingMs(paused, 99_000)).toBe(4000)
  })
})

describe('player: next, previous, restart, stop', () => {
  it('next skips the current hold and starts the following segment in full', () => {
    const s = act(act(startedAt(0), 'tick', 5000), 'next', 6000)
    expect(at(s)).toBe('2:switch_sides:running')
    expect(remainingMs(s, 6000)).toBe(5000)
    expect(s.marks[1]).toBe('skipped')
  })

  it('next while paused moves on but stays paused', () => {
    const s = act(act(startedAt(0), 'pause', 5000), 'next', 6000)
    expect(at(s)).toBe('2:switch_sides:paused')
    expect(remainingMs(s, 60_000)).toBe(5000)
  })

  it('next on the last segment completes the routine', () => {
    let s = act(startedAt(0), 'tick', 50_000) // waiting on reps set 1
    s = act(s, 'next', 50_000)
    s = act(s, 'next', 50_000)
    expect(at(s)).toBe('7:reps:running')
    s = act(s, 'next', 51_000)
    expect(at(s)).toBe('8:done:completed')
    expect(s.endedAtMs).toBe(51_000)
    expect(act(s, 'next', 52_000)).toBe(s)
  })

  it('previous at the first segment restarts it', () => {
    const s = act(startedAt(0), 'previous', 2000)
    expect(at(s)).toBe('0:lead_in:running')
    expect(remainingMs(s, 2000)).toBe(3000)
  })

  it('previous goes back to the last exercise, not to a rest or switch', () => {
    const inRest = act(startedAt(0), 'tick', 29_000)
    expect(at(inRest)).toBe('4:rest:running')
    const back = act(inRest, 'previous', 29_000)
    expect(at(back)).toBe('3:hold:running')
    expect(remainingMs(back, 29_000)).toBe(10_000)
    expect(at(act(back, 'previous', 29_500))).toBe('1:hold:running')
    expect(at(act(act(back, 'previous', 29_500), 'previous', 29_600))).toBe('0:lead_in:running')
  })

  it('restart step gives the current segment its full time again', () => {
    const s = act(startedAt(0), 'restartStep', 9000) // 6 s into the 10 s hold
    expect(at(s)).toBe('1:hold:running')
    expect(remainingMs(s, 9000)).toBe(10_000)
    const paused = act(act(startedAt(0), 'pause', 9000), 'restartStep', 9500)
    expect(paused.status).toBe('paused')
    expect(remainingMs(paused, 20_000)).toBe(10_000)
  })

  it('stop ends the session early and nothing moves afterwards', () => {
    const stopped = act(startedAt(0), 'stop', 7000)
    expect(stopped.status).toBe('stopped_early')
    expect(stopped.endedAtMs).toBe(7000)
    expect(remainingMs(stopped, 9000)).toBe(0)
    expect(totalRemainingMs(stopped, 9000)).toBe(0)
    for (const type of ['tick', 'resume', 'next', 'previous', 'restartStep', 'start'] as const) {
      expect(act(stopped, type, 9000)).toBe(stopped)
    }
  })

  it('stop while paused is still a stop, and before start does nothing', () => {
    expect(act(act(startedAt(0), 'pause', 1000), 'stop', 2000).status).toBe('stopped_early')
    const ready = initial(segments)
    expect(act(ready, 'stop', 1000)).toBe(ready)
  })

  it('stop after the routine already ran out counts as completed', () => {
    const holds = expandRoutine(makeRoutine([holdStep('A', 10)]))
    const s = reduce(reduce(initial(holds), { type: 'start', now: 0 }), {
      type: 'stop',
      now: 60_000,
    })
    expect(s.status).toBe('completed')
    expect(s.endedAtMs).toBe(13_000)
  })

  it('start only works once', () => {
    const s = startedAt(0)
    expect(act(s, 'start', 2000)).toBe(s)
    expect(remainingMs(act(s, 'start', 2000), 2000)).toBe(1000)
  })
})

describe('player: progress', () => {
  it('moves from 0 to 1 across the routine, reps counted at an estimated pace', () => {
    const holds = expandRoutine(makeRoutine([holdStep('A', 10)]))
    const s = reduce(initial(holds), { type: 'start', now: 0 })
    expect(progress(s, 0)).toBe(0)
    expect(progress(s, 6500)).toBe(0.5)
    expect(progress(s, 13_000)).toBe(1)
  })
})
