import { describe, expect, it } from 'vitest'
import { Routine, RoutineStep } from './schema'
import { holdStep, makeRoutine, repsStep } from './test-fixtures'

/** The inline message an editor would show next to the field at `path`. */
function messageAt(input: unknown, path: (string | number)[]): string | undefined {
  const result = Routine.safeParse(input)
  if (result.success) return undefined
  return result.error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path))?.message
}

const valid = makeRoutine([holdStep('Seated hamstring stretch', 30, 'each')])

describe('routine schema', () => {
  it('accepts a plain routine and trims its name', () => {
    const parsed = Routine.parse({ ...valid, name: '  Evening  ' })
    expect(parsed.name).toBe('Evening')
  })

  it('requires a name, 1-80 characters, with a readable message', () => {
    expect(messageAt({ ...valid, name: '   ' }, ['name'])).toBe('Give the routine a name')
    expect(messageAt({ ...valid, name: 'x'.repeat(81) }, ['name'])).toBe(
      'Keep the name to 80 characters',
    )
    expect(messageAt({ ...valid, name: 'x'.repeat(80) }, ['name'])).toBeUndefined()
  })

  it('needs at least one step', () => {
    expect(messageAt({ ...valid, steps: [] }, ['steps'])).toBe('Add at least one step')
  })

  it('allows 1-5 rounds', () => {
    expect(messageAt({ ...valid, rounds: 0 }, ['rounds'])).toBe('Do at least 1 round')
    expect(messageAt({ ...valid, rounds: 6 }, ['rounds'])).toBe('Up to 5 rounds')
    expect(messageAt({ ...valid, rounds: 2.5 }, ['rounds'])).toBe('Use a whole number of rounds')
  })

  it('keeps a hold between 5 seconds and 10 minutes, pointing at the field', () => {
    const withHold = (holdSec: number) => ({ ...valid, steps: [holdStep('Hold', holdSec)] })
    expect(messageAt(withHold(4), ['steps', 0, 'mode', 'holdSec'])).toBe(
      'A hold needs at least 5 seconds',
    )
    expect(messageAt(withHold(601), ['steps', 0, 'mode', 'holdSec'])).toBe(
      'A hold can be up to 10 minutes',
    )
    expect(Routine.safeParse(withHold(5)).success).toBe(true)
    expect(Routine.safeParse(withHold(600)).success).toBe(true)
  })

  it('says what to type when a number field is left empty', () => {
    const empty = {
      ...valid,
      steps: [
        {
          ...holdStep('Hold', 30),
          mode: { type: 'hold', holdSec: Number.NaN, sets: 1, restBetweenSetsSec: 0 },
        },
      ],
    }
    expect(messageAt(empty, ['steps', 0, 'mode', 'holdSec'])).toBe('Enter the hold in seconds')
  })

  it('limits sets to 1-10 and reps to 1-50', () => {
    const withReps = (reps: number, sets: number) => ({
      ...valid,
      steps: [repsStep('Bridge', reps, sets, 30)],
    })
    expect(messageAt(withReps(51, 3), ['steps', 0, 'mode', 'reps'])).toBe('Up to 50 reps')
    expect(messageAt(withReps(0, 3), ['steps', 0, 'mode', 'reps'])).toBe('Do at least 1 rep')
    expect(messageAt(withReps(10, 11), ['steps', 0, 'mode', 'sets'])).toBe('Up to 10 sets')
    expect(messageAt(withReps(10, 0), ['steps', 0, 'mode', 'sets'])).toBe('Do at least 1 set')
    expect(Routine.safeParse(withReps(50, 10)).success).toBe(true)
  })

  it('limits rest after a step to 0-300 seconds', () => {
    const withRest = (restAfterSec: number) => ({
      ...valid,
      steps: [holdStep('Hold', 30, 'both', { restAfterSec })],
    })
    expect(messageAt(withRest(301), ['steps', 0, 'restAfterSec'])).toBe(
      'Rest after a step can be up to 5 minutes',
    )
    expect(messageAt(withRest(-1), ['steps', 0, 'restAfterSec'])).toBe('Rest can’t be negative')
    expect(Routine.safeParse(withRest(0)).success).toBe(true)
  })

  it('needs a step name, a how-to and a cue', () => {
    const step = holdStep('Hold', 30)
    const issues =
      RoutineStep.safeParse({ ...step, name: '', howTo: [], cue: ' ' }).error?.issues ?? []
    expect(issues.map((i) => i.message).sort()).toEqual(
      ['Add a short cue', 'Add at least one line on how to do it', 'Give the step a name'].sort(),
    )
  })

  it('rejects a side or kind it does not know, and unknown fields', () => {
    expect(RoutineStep.safeParse({ ...holdStep('Hold', 30), side: 'middle' }).success).toBe(false)
    expect(Routine.safeParse({ ...valid, kind: 'yoga' }).success).toBe(false)
    expect(Routine.safeParse({ ...valid, colour: 'red' }).success).toBe(false)
  })

  it('rejects an exercise key that is not a plain id', () => {
    const bad = { ...valid, steps: [holdStep('Hold', 30, 'both', { exerciseId: '../x.svg' })] }
    expect(messageAt(bad, ['steps', 0, 'exerciseId'])).toBe('Pick an exercise from the list')
  })
})
