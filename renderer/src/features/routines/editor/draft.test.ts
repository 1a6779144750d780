import { describe, expect, it } from 'vitest'
import { builtInRoutine } from '@shared/domain/routines/catalogue'
import { draftFrom, errorsFrom, moved, newStepDraft, numberFrom, withExercise } from './draft'
import { validateDraft } from './validate'

describe('editor drafts', () => {
  it('reads numbers strictly, with minutes:seconds for long holds', () => {
    expect(numberFrom(' 45 ')).toBe(45)
    expect(numberFrom('1:30')).toBe(90)
    expect(numberFrom('2.5')).toBe(2.5)
    expect(numberFrom('')).toBeNaN()
    expect(numberFrom('ten')).toBeNaN()
    expect(numberFrom('1:75')).toBeNaN()
  })

  it('round-trips a built-in unchanged through the draft', () => {
    const routine = builtInRoutine('builtin-strength')
    if (!routine) throw new Error('missing')
    const checked = validateDraft(draftFrom(routine, { keepId: false }))
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.input.steps).toEqual(routine.steps)
  })

  it('maps schema paths to fields by step key, so errors follow a moved step', () => {
    const routine = builtInRoutine('builtin-desk-break')
    if (!routine) throw new Error('missing')
    const draft = draftFrom(routine, { keepId: false })
    const [a, b] = draft.steps
    const errors = errorsFrom(
      [
        { path: ['steps', 1, 'mode', 'reps'], message: 'Up to 50 reps' },
        { path: 'steps.0.howTo.2', message: 'Keep each line to 160 characters' },
        { path: ['name'], message: 'Give the routine a name' },
        { path: 'steps', message: 'Add at least one step' },
      ],
      draft,
    )
    expect(errors).toEqual({
      [`step:${b?.key}.reps`]: 'Up to 50 reps',
      [`step:${a?.key}.howTo`]: 'Keep each line to 160 characters',
      name: 'Give the routine a name',
      steps: 'Add at least one step',
    })
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
  })

  it('a new exercise replaces only wording the user has not changed', () => {
    const step = { ...newStepDraft('hip_stretch'), cue: 'My own cue' }
    const next = withExercise(step, 'standing_calf_stretch')
    expect(next.name).toBe('Standing calf stretch')
    expect(next.cue).toBe('My own cue')
    expect(next.howTo).toContain('Face a wall')
  })

  it('drops blank how-to lines rather than failing on them', () => {
    const routine = builtInRoutine('builtin-bedtime')
    if (!routine) throw new Error('missing')
    const draft = draftFrom(routine, { keepId: false })
    const first = draft.steps[0]
    if (!first) throw new Error('missing')
    first.howTo = 'Sit tall.\n\n   \nBreathe.\n'
    const checked = validateDraft(draft)
    expect(checked.ok && checked.input.steps[0]?.howTo).toEqual(['Sit tall.', 'Breathe.'])
  })
})
