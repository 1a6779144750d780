import { exerciseById, type BuiltInExerciseId } from './exercises'
import type { Routine, RoutineStep, StepMode, StepSide } from './schema'

export { exercises, exerciseById, type Exercise, type BuiltInExerciseId } from './exercises'

/**
 * The six built-in routines from CONTENT.md. Their durations are defaults the
 * user can change in a copy; the ids are stable because history rows and
 * reminders refer to them.
 */

const hold = (holdSec: number, sets = 1, restBetweenSetsSec = 0): StepMode => ({
  type: 'hold',
  holdSec,
  sets,
  restBetweenSetsSec,
})

const reps = (count: number, sets = 1, restBetweenSetsSec = 0): StepMode => ({
  type: 'reps',
  sets,
  reps: count,
  restBetweenSetsSec,
})

interface StepOptions {
  restAfterSec?: number
  optional?: boolean
  /** A routine-specific wording in place of the exercise's default. */
  name?: string
  howTo?: readonly string[]
  cue?: string
}

function step(
  exerciseId: BuiltInExerciseId,
  mode: StepMode,
  side: StepSide,
  options: StepOptions = {},
): RoutineStep {
  const exercise = exerciseById(exerciseId)
  // Unreachable: BuiltInExerciseId only admits listed ids.
  if (exercise === undefined) throw new Error(`No exercise ${exerciseId}`)
  return {
    exerciseId,
    name: options.name ?? exercise.name,
    howTo: [...(options.howTo ?? exercise.howTo)],
    cue: options.cue ?? exercise.cue,
    mode,
    side,
    restAfterSec: options.restAfterSec ?? 0,
    optional: options.optional ?? false,
  }
}

export const BUILT_IN_IDS = {
  deskBreak: 'builtin-desk-break',
  warmUp: 'builtin-warm-up',
  coolDown: 'builtin-cool-down',
  bedtime: 'builtin-bedtime',
  crampRelief: 'builtin-cramp-relief',
  strength: 'builtin-strength',
} as const

const bedtimeHamstring = {
  name: 'Hamstring stretch, seated or lying',
  howTo: [
    'Seated: one leg straight, the other bent; keep your back straight and hinge forward from the hips.',
    'Lying: on your back, raise one leg with the knee nearly straight and hold the back of the thigh.',
    'Stop at a gentle pull along the back of the thigh, never sharp pain, and breathe slowly.',
  ],
}

const secondRound = (name: string) => `${name} (second round)`

const reliefHamstring = {
  name: 'Seated hamstring stretch',
  howTo: [
    'Sit with the cramped leg straight and the other leg bent.',
    'Keep your back straight and hinge forward from the hips toward your toes.',
    'Breathe slowly; rest a few breaths between holds.',
  ],
}

export const builtInRoutines: readonly Routine[] = [
  {
    id: BUILT_IN_IDS.deskBreak,
    name: 'Desk break',
    // No length here: the list shows one worked out from the steps, which a copy may change.
    description: 'A short break to loosen up after sitting.',
    kind: 'desk_break',
    builtIn: true,
    rounds: 1,
    steps: [
      step('march_in_place', hold(60), 'both', { restAfterSec: 5 }),
      step('leg_swing_front_back', reps(10), 'each', { restAfterSec: 5 }),
      step('standing_hamstring_stretch', hold(30), 'each'),
    ],
  },
  {
    id: BUILT_IN_IDS.warmUp,
    name: 'Warm-up',
    description: 'Light movement and leg swings before hard exercise.',
    kind: 'warm_up',
    builtIn: true,
    rounds: 1,
    steps: [
      step('easy_cardio', hold(180), 'both', { restAfterSec: 10 }),
      step('leg_swing_front_back', reps(10), 'each', { restAfterSec: 10 }),
      step('leg_swing_side', reps(10), 'each', { restAfterSec: 10 }),
      step('standing_hamstring_stretch', hold(20), 'each', {
        name: 'Gentle standing hamstring stretch',
      }),
    ],
  },
  {
    id: BUILT_IN_IDS.coolDown,
    name: 'Cool-down',
    description: 'Gentle holds for hamstrings, calves and hips after exercise.',
    kind: 'cool_down',
    builtIn: true,
    rounds: 1,
    steps: [
      step('seated_hamstring_stretch', hold(30, 2, 10), 'each', { restAfterSec: 20 }),
      step('standing_calf_stretch', hold(30), 'each', { restAfterSec: 10 }),
      step('hip_stretch', hold(30), 'each'),
    ],
  },
  {
    id: BUILT_IN_IDS.bedtime,
    name: 'Bedtime stretch',
    description: 'Two easy stretches before sleep, with an optional second round.',
    kind: 'bedtime',
    builtIn: true,
    rounds: 1,
    // The second round is two optional steps rather than `rounds: 2`, so
    // stopping after the first round still counts as the routine done.
    steps: [
      step('seated_hamstring_stretch', hold(30), 'each', { ...bedtimeHamstring, restAfterSec: 5 }),
      step('standing_calf_stretch', hold(30), 'each', { name: 'Calf stretch', restAfterSec: 5 }),
      step('seated_hamstring_stretch', hold(30), 'each', {
        ...bedtimeHamstring,
        name: secondRound(bedtimeHamstring.name),
        restAfterSec: 5,
        optional: true,
      }),
      step('standing_calf_stretch', hold(30), 'each', {
        name: secondRound('Calf stretch'),
        optional: true,
      }),
    ],
  },
  {
    id: BUILT_IN_IDS.crampRelief,
    name: 'Cramp relief',
    description: 'Stretch, massage and move, then heat and water.',
    kind: 'cramp_relief',
    builtIn: true,
    rounds: 1,
    steps: [
      step('seated_hamstring_stretch', hold(20, 3, 10), 'both', {
        ...reliefHamstring,
        restAfterSec: 5,
      }),
      step('hamstring_massage', hold(60), 'both', { restAfterSec: 5 }),
      step('knee_bend_straighten', reps(10), 'both'),
      step('heat_and_water', hold(20), 'both'),
    ],
  },
  {
    id: BUILT_IN_IDS.strength,
    name: 'Strength',
    description: 'About twice a week; add reps or weight gradually.',
    kind: 'strength',
    builtIn: true,
    rounds: 1,
    steps: [
      step('glute_bridge', reps(12, 3, 45), 'both', { restAfterSec: 60 }),
      step('single_leg_bridge', reps(8, 2, 45), 'each', { restAfterSec: 60 }),
      step('romanian_deadlift', reps(10, 3, 45), 'both', { restAfterSec: 60 }),
      step('hamstring_curl', reps(10, 3, 45), 'both'),
    ],
  },
]

const builtInById = new Map(builtInRoutines.map((r) => [r.id, r]))

/** A deep copy, so an editor can never change the catalogue in place. */
function cloneRoutine(routine: Routine): Routine {
  return {
    ...routine,
    steps: routine.steps.map((s) => ({ ...s, howTo: [...s.howTo], mode: { ...s.mode } })),
  }
}

/** A fresh copy of a built-in (also how "restore" gets the original back). */
export function builtInRoutine(id: string): Routine | undefined {
  const found = builtInById.get(id)
  return found === undefined ? undefined : cloneRoutine(found)
}

/**
 * An editable copy of any routine. The kind is kept, so a personal bedtime
 * routine still counts toward bedtime adherence.
 */
export function duplicateRoutine(source: Routine, newId: string): Routine {
  const suffix = ' (copy)'
  return {
    ...cloneRoutine(source),
    id: newId,
    name: source.name.slice(0, 80 - suffix.length) + suffix,
    builtIn: false,
  }
}
