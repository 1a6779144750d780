import { z } from 'zod'

/**
 * Routines and their steps. The same schemas check the built-in catalogue,
 * the routine editor (its messages show inline next to the field) and
 * routines read back from storage or an import file.
 */

export const RoutineKind = z.enum([
  'warm_up',
  'cool_down',
  'bedtime',
  'desk_break',
  'cramp_relief',
  'strength',
  'custom',
])
export type RoutineKind = z.infer<typeof RoutineKind>

/**
 * Which leg a step works. `each` means both legs in turn: the player expands
 * it into left, a "switch sides" moment, then right. `both` is a step with no
 * side to it (marching, a bridge).
 */
export const StepSide = z.enum(['left', 'right', 'both', 'each'])
export type StepSide = z.infer<typeof StepSide>

/** A side the player can actually be on, once `each` is expanded. */
export type PlayedSide = Exclude<StepSide, 'each'>

/** Keys the in-house illustrations are drawn for (see exercises.ts). */
export const ExerciseId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Pick an exercise from the list')
export type ExerciseId = z.infer<typeof ExerciseId>

const wholeSeconds = (what: string) =>
  z.number({ error: `Enter the ${what} in seconds` }).int(`Use whole seconds for the ${what}`)

const setsField = z
  .number({ error: 'Enter how many sets' })
  .int('Use a whole number of sets')
  .min(1, 'Do at least 1 set')
  .max(10, 'Up to 10 sets')

const restBetweenSets = wholeSeconds('rest between sets')
  .min(0, 'Rest can’t be negative')
  .max(300, 'Rest between sets can be up to 5 minutes')

/**
 * A timed step: a stretch held, or a movement (marching, massage) done for a
 * time. Sets repeat the hold, e.g. "30 s, three times, with short breathing
 * breaks" from the cramp-relief guide, without copying the step.
 */
export const HoldMode = z.strictObject({
  type: z.literal('hold'),
  holdSec: wholeSeconds('hold')
    .min(5, 'A hold needs at least 5 seconds')
    .max(600, 'A hold can be up to 10 minutes'),
  sets: setsField,
  restBetweenSetsSec: restBetweenSets,
})
export type HoldMode = z.infer<typeof HoldMode>

/** Sets × reps: the player waits for "Done" after each set. */
export const RepsMode = z.strictObject({
  type: z.literal('reps'),
  sets: setsField,
  reps: z
    .number({ error: 'Enter how many reps' })
    .int('Use a whole number of reps')
    .min(1, 'Do at least 1 rep')
    .max(50, 'Up to 50 reps'),
  restBetweenSetsSec: restBetweenSets,
})
export type RepsMode = z.infer<typeof RepsMode>

export const StepMode = z.discriminatedUnion('type', [HoldMode, RepsMode])
export type StepMode = z.infer<typeof StepMode>

export const RoutineStep = z.strictObject({
  exerciseId: ExerciseId,
  name: z
    .string()
    .trim()
    .min(1, 'Give the step a name')
    .max(60, 'Keep the step name to 60 characters'),
  /** A few short lines, read at a glance from across the room. */
  howTo: z
    .array(
      z.string().trim().min(1, 'Remove empty lines').max(160, 'Keep each line to 160 characters'),
    )
    .min(1, 'Add at least one line on how to do it')
    .max(6, 'Keep it to 6 lines or fewer'),
  /** The one thing to remember, shown large during the step. */
  cue: z.string().trim().min(1, 'Add a short cue').max(100, 'Keep the cue to 100 characters'),
  mode: StepMode,
  side: StepSide,
  restAfterSec: wholeSeconds('rest after this step')
    .min(0, 'Rest can’t be negative')
    .max(300, 'Rest after a step can be up to 5 minutes'),
  /** Optional steps can be skipped without the routine counting as unfinished. */
  optional: z.boolean(),
})
export type RoutineStep = z.infer<typeof RoutineStep>

/** Built-ins use readable ids ("builtin-bedtime"); user routines use UUIDs. */
export const RoutineId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'Not a routine id')
export type RoutineId = z.infer<typeof RoutineId>

export const Routine = z.strictObject({
  id: RoutineId,
  name: z
    .string()
    .trim()
    .min(1, 'Give the routine a name')
    .max(80, 'Keep the name to 80 characters'),
  /** One line shown in the routine list; may be empty. */
  description: z.string().trim().max(200, 'Keep the description to 200 characters'),
  /** Kept when duplicating, so a user's own bedtime routine still counts as bedtime. */
  kind: RoutineKind,
  builtIn: z.boolean(),
  rounds: z
    .number({ error: 'Enter how many rounds' })
    .int('Use a whole number of rounds')
    .min(1, 'Do at least 1 round')
    .max(5, 'Up to 5 rounds'),
  steps: z
    .array(RoutineStep)
    .min(1, 'Add at least one step')
    .max(40, 'A routine can have up to 40 steps'),
})
export type Routine = z.infer<typeof Routine>
