import { describe, expect, it } from 'vitest'
import { beepSchedule, speechFor, type Beep } from './cues'
import { expandRoutine } from './expand'
import { initial, reduce, type PlayerActionType, type PlayerState } from './player'
import { holdStep, makeRoutine, repsStep } from './test-fixtures'

const act = (state: PlayerState, type: PlayerActionType, now: number) =>
  reduce(state, { type, now })
const times = (beeps: Beep[]) => beeps.map((b) => `${b.kind}@${b.atMs}`)
const FAR = 1e9

// lead-in 3 s · A 10 s · rest 2 s · B 4 s · done
const segments = expandRoutine(
  makeRoutine([holdStep('A', 10, 'both', { restAfterSec: 2 }), holdStep('B', 5, 'both')]),
).map((s) => (s.stepName === 'B' && s.kind === 'hold' ? { ...s, durationMs: 4000 } : s))

describe('beepSchedule', () => {
  it('beeps 3-2-1 before each timed segment ends and once at each end', () => {
    const s = act(initial(segments), 'start', 1000)
    expect(times(beepSchedule(s, 1000, FAR))).toEqual([
      // lead-in, started at 1 s: its "3" sounds as it starts
      'count@1000',
      'count@2000',
      'count@3000',
      'end@4000',
      // A: 4-14 s
      'count@11000',
      'count@12000',
      'count@13000',
      'end@14000',
      // 2 s rest: its "2" would sound with A's end beep, so only one beep then
      'count@15000',
      'end@16000',
      // B: 16-20 s
      'count@17000',
      'count@18000',
      'count@19000',
      'end@20000',
    ])
  })

  it('looks only a few seconds ahead, and drops beeps already past', () => {
    const s = act(initial(segments), 'start', 1000)
    expect(times(beepSchedule(s, 1000))).toEqual([
      'count@1000',
      'count@2000',
      'count@3000',
      'end@4000',
      'count@11000',
    ])
    expect(times(beepSchedule(s, 12_500)).slice(0, 3)).toEqual([
      'count@13000',
      'end@14000',
      'count@15000',
    ])
  })

  it('is empty while paused, on reps and when finished', () => {
    const running = act(initial(segments), 'start', 0)
    expect(beepSchedule(act(running, 'pause', 500), 500)).toEqual([])
    expect(beepSchedule(initial(segments), 0)).toEqual([])
    expect(beepSchedule(act(running, 'stop', 500), 500)).toEqual([])
    expect(beepSchedule(running, 60_000)).toEqual([]) // the routine is over by then

    const withReps = expandRoutine(makeRoutine([repsStep('Bridge', 10, 1, 0)]))
    const onReps = act(act(initial(withReps), 'start', 0), 'tick', 3000)
    expect(beepSchedule(onReps, 3000)).toEqual([])
  })

  it('stops the chain at reps, which have no end time', () => {
    const mixed = expandRoutine(makeRoutine([holdStep('A', 5), repsStep('Bridge', 10, 1, 0)]))
    const s = act(initial(mixed), 'start', 0)
    expect(times(beepSchedule(s, 0, FAR)).at(-1)).toBe('end@8000')
  })

  it('moves with a pause, to the exact fraction of a millisecond', () => {
    let s = act(initial(segments), 'start', 0)
    s = act(s, 'pause', 9000.25) // A ends at 13 s: 3999.75 ms left
    s = act(s, 'resume', 20_000.5) // so it now ends at 24000.25
    expect(times(beepSchedule(s, 20_000.5)).slice(0, 4)).toEqual([
      'count@21000.25',
      'count@22000.25',
      'count@23000.25',
      'end@24000.25',
    ])
  })

  it('gives the same ids for the same beeps, however often it is asked', () => {
    const s = act(initial(segments), 'start', 0)
    const early = beepSchedule(s, 0, FAR)
    const later = beepSchedule(s, 12_500, FAR)
    expect(early.filter((b) => b.atMs >= 12_500).map((b) => b.id)).toEqual(later.map((b) => b.id))
  })
})

describe('speechFor', () => {
  const each = expandRoutine(
    makeRoutine([
      holdStep('Calf stretch', 30, 'each', { restAfterSec: 10 }),
      repsStep('Glute bridge', 12, 3, 1),
    ]),
  )
  const said = each.map(speechFor)

  it('says the step name and side, "switch sides", "rest" and "done"', () => {
    expect(said.slice(0, 5)).toEqual([
      'Get ready',
      'Calf stretch, left leg',
      'Switch sides',
      'Calf stretch, right leg',
      'Rest',
    ])
    expect(said.at(-1)).toBe('Done')
  })

  it('says the reps and the set', () => {
    expect(said[5]).toBe('Glute bridge, 12 reps, set 1 of 3')
  })

  it('says nothing for a rest too short to finish the word before the next prompt', () => {
    expect(each[6]?.kind).toBe('rest')
    expect(each[6]?.durationMs).toBe(1000)
    expect(said[6]).toBeNull()
  })
})
