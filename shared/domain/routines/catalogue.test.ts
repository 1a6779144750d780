import { describe, expect, it } from 'vitest'
import {
  builtInRoutine,
  builtInRoutines,
  duplicateRoutine,
  exerciseById,
  exercises,
} from './catalogue'
import { estimatedDurationMs, expandRoutine } from './expand'
import { Routine } from './schema'

/** CONTENT.md's "about N min" for each built-in. */
const aboutMinutes: Record<string, number> = {
  'builtin-desk-break': 3,
  'builtin-warm-up': 7,
  'builtin-cool-down': 6,
  'builtin-bedtime': 4,
  'builtin-cramp-relief': 3,
  'builtin-strength': 15,
}

const byId = (id: string): Routine => {
  const r = builtInRoutine(id)
  if (r === undefined) throw new Error(`missing ${id}`)
  return r
}

describe('built-in routines', () => {
  it('are the six from CONTENT.md, with stable ids', () => {
    expect(builtInRoutines.map((r) => r.id)).toEqual(Object.keys(aboutMinutes))
    expect(builtInRoutines.map((r) => r.kind)).toEqual([
      'desk_break',
      'warm_up',
      'cool_down',
      'bedtime',
      'cramp_relief',
      'strength',
    ])
  })

  it.each(builtInRoutines.map((r) => [r.id, r] as const))(
    '%s parses with the schema',
    (_id, routine) => {
      expect(Routine.parse(routine)).toEqual(routine)
      expect(routine.builtIn).toBe(true)
    },
  )

  it.each(Object.entries(aboutMinutes))(
    '%s lasts about %i min, give or take 30 percent',
    (id, minutes) => {
      const ms = estimatedDurationMs(expandRoutine(byId(id)))
      expect(ms).toBeGreaterThanOrEqual(minutes * 60_000 * 0.7)
      expect(ms).toBeLessThanOrEqual(minutes * 60_000 * 1.3)
    },
  )

  it('only use exercises that have an illustration key', () => {
    for (const routine of builtInRoutines) {
      for (const step of routine.steps)
        expect(exerciseById(step.exerciseId), step.name).toBeDefined()
    }
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length)
  })

  it('remind every stretch to stop at a gentle pull', () => {
    const stretches = builtInRoutines.flatMap((r) => r.steps).filter((s) => /stretch/i.test(s.name))
    expect(stretches.length).toBeGreaterThan(5)
    for (const s of stretches) expect(s.cue).toMatch(/gentle pull.*never sharp pain/)
  })

  it('bedtime offers a second round the user may leave out', () => {
    const steps = byId('builtin-bedtime').steps
    expect(steps.filter((s) => !s.optional).map((s) => s.exerciseId)).toEqual([
      'seated_hamstring_stretch',
      'standing_calf_stretch',
    ])
    expect(steps.filter((s) => s.optional).map((s) => s.exerciseId)).toEqual([
      'seated_hamstring_stretch',
      'standing_calf_stretch',
    ])
  })

  it('cramp relief stretches three times, then massages, moves, and ends with heat and water', () => {
    const steps = byId('builtin-cramp-relief').steps
    expect(steps[0]?.mode).toMatchObject({ type: 'hold', sets: 3 })
    expect(steps.map((s) => s.exerciseId)).toEqual([
      'seated_hamstring_stretch',
      'hamstring_massage',
      'knee_bend_straighten',
      'heat_and_water',
    ])
    const last = steps.at(-1)
    expect(last?.howTo.join(' ')).toMatch(/follow their advice/)
  })

  it('strength is sets of reps with rests, per leg for single-leg bridges', () => {
    const steps = byId('builtin-strength').steps
    for (const s of steps) {
      expect(s.mode.type).toBe('reps')
      expect(s.mode.sets).toBeGreaterThan(1)
      expect(s.mode.restBetweenSetsSec).toBeGreaterThan(0)
    }
    expect(steps.find((s) => s.exerciseId === 'single_leg_bridge')?.side).toBe('each')
  })

  it('hands out copies, so editing one never changes the catalogue', () => {
    const copy = byId('builtin-bedtime')
    copy.steps[0]?.howTo.push('changed')
    copy.name = 'Mine'
    expect(byId('builtin-bedtime').name).toBe('Bedtime stretch')
    expect(byId('builtin-bedtime').steps[0]?.howTo).not.toContain('changed')
  })

  it('returns nothing for an unknown id', () => {
    expect(builtInRoutine('builtin-nope')).toBeUndefined()
  })
})

describe('duplicateRoutine', () => {
  it('makes an editable copy that keeps the kind', () => {
    const copy = duplicateRoutine(byId('builtin-bedtime'), '3f1c2a4e-0000-4000-8000-000000000001')
    expect(copy).toMatchObject({ builtIn: false, kind: 'bedtime', name: 'Bedtime stretch (copy)' })
    expect(Routine.safeParse(copy).success).toBe(true)
  })

  it('carries no length in a description that editing the copy could make untrue', () => {
    // The list shows a length worked out from the steps; a copy keeps its description.
    const lengthWords =
      /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen)[ -](seconds?|minutes?|min|s)\b/i
    for (const routine of builtInRoutines) {
      expect(duplicateRoutine(routine, 'copy-1').description).not.toMatch(lengthWords)
    }
  })

  it('keeps a long name within 80 characters', () => {
    const long = { ...byId('builtin-warm-up'), name: 'W'.repeat(80) }
    const copy = duplicateRoutine(long, 'copy-1')
    expect(copy.name).toHaveLength(80)
    expect(copy.name.endsWith('(copy)')).toBe(true)
  })
})
