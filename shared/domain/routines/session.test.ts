import { describe, expect, it } from 'vitest'
import { builtInRoutine } from './catalogue'
import { expandRoutine } from './expand'
import { initial, reduce, type PlayerActionType, type PlayerState } from './player'
import { sessionRecord, type SessionRecord } from './session'
import { holdStep, makeRoutine, repsStep } from './test-fixtures'

const act = (state: PlayerState, type: PlayerActionType, now: number) =>
  reduce(state, { type, now })

const outcomes = (record: SessionRecord | null) =>
  record?.steps.map((s) => `${s.round}.${s.stepIndex}:${s.outcome}`)

// 0 lead-in · 1 A · 2 B left · 3 switch · 4 B right · 5 C reps · 6 done
const segments = expandRoutine(
  makeRoutine([holdStep('A', 10), holdStep('B', 10, 'each'), repsStep('C', 5, 1, 0)]),
)

describe('sessionRecord', () => {
  it('is nothing until the session is over', () => {
    const ready = initial(segments)
    expect(sessionRecord(ready)).toBeNull()
    expect(sessionRecord(act(ready, 'start', 0))).toBeNull()
  })

  it('records a full run: start, end, every step done', () => {
    let s = act(act(initial(segments), 'start', 1000), 'tick', 40_000) // now on C's reps
    s = act(s, 'repsDone', 45_000)
    expect(sessionRecord(s)).toEqual({
      status: 'completed',
      startedAtMs: 1000,
      endedAtMs: 45_000,
      steps: [
        {
          round: 1,
          stepIndex: 0,
          exerciseId: 'seated_hamstring_stretch',
          optional: false,
          outcome: 'done',
        },
        {
          round: 1,
          stepIndex: 1,
          exerciseId: 'seated_hamstring_stretch',
          optional: false,
          outcome: 'done',
        },
        {
          round: 1,
          stepIndex: 2,
          exerciseId: 'seated_hamstring_stretch',
          optional: false,
          outcome: 'done',
        },
      ],
      requiredDone: true,
    })
  })

  it('counts a step with one side skipped as skipped, and the session still completed', () => {
    let s = act(act(initial(segments), 'start', 0), 'tick', 14_000) // B left
    s = act(s, 'next', 14_000) // skip B left → switch
    s = act(s, 'tick', 40_000) // B right runs out, now on C
    s = act(s, 'repsDone', 41_000)
    const record = sessionRecord(s)
    expect(outcomes(record)).toEqual(['1.0:done', '1.1:skipped', '1.2:done'])
    expect(record?.status).toBe('completed')
    expect(record?.requiredDone).toBe(false)
  })

  it('counts a skipped step as done once the user goes back and does it', () => {
    let s = act(act(initial(segments), 'start', 0), 'tick', 5000) // on A
    s = act(s, 'next', 5000) // skip A
    s = act(s, 'previous', 6000) // back to A
    s = act(s, 'tick', 60_000)
    s = act(s, 'repsDone', 61_000)
    expect(outcomes(sessionRecord(s))).toEqual(['1.0:done', '1.1:done', '1.2:done'])
  })

  it('keeps a finished step done when the user goes back to it and moves on again', () => {
    let s = act(act(initial(segments), 'start', 0), 'tick', 14_000) // A done, on B left
    s = act(s, 'previous', 14_000) // back to A
    s = act(s, 'next', 15_000) // changed their mind
    s = act(s, 'stop', 16_000)
    expect(outcomes(sessionRecord(s))).toEqual(['1.0:done', '1.1:incomplete', '1.2:incomplete'])
  })

  it('marks the step in progress and the ones after it incomplete when stopped', () => {
    const s = act(act(initial(segments), 'start', 0), 'stop', 15_000) // during B left
    const record = sessionRecord(s)
    expect(record?.status).toBe('stopped_early')
    expect(record?.endedAtMs).toBe(15_000)
    expect(outcomes(record)).toEqual(['1.0:done', '1.1:incomplete', '1.2:incomplete'])
  })

  it('keeps each round apart', () => {
    const twice = expandRoutine(makeRoutine([holdStep('A', 10)], { rounds: 2 }))
    const s = act(act(initial(twice), 'start', 0), 'stop', 15_000) // in round 2
    expect(outcomes(sessionRecord(s))).toEqual(['1.0:done', '2.0:incomplete'])
  })

  it('counts bedtime as done when stopped after the first round (the second is optional)', () => {
    const bedtime = builtInRoutine('builtin-bedtime')
    if (bedtime === undefined) throw new Error('no bedtime routine')
    const played = expandRoutine(bedtime)
    const firstOptional = played.findIndex((seg) => seg.optional)
    let s = act(initial(played), 'start', 0)
    // Let the first round play out, then stop during the second.
    while (s.index < firstOptional) s = act(s, 'tick', (s.endsAtUs ?? 0) / 1000)
    s = act(s, 'stop', (s.endsAtUs ?? 0) / 1000 - 1000)
    const record = sessionRecord(s)
    expect(record?.status).toBe('stopped_early')
    expect(record?.requiredDone).toBe(true)
    expect(record?.steps.map((x) => [x.optional, x.outcome])).toEqual([
      [false, 'done'],
      [false, 'done'],
      [true, 'incomplete'],
      [true, 'incomplete'],
    ])
  })
})
