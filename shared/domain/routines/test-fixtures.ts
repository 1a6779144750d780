import type { Routine, RoutineStep, StepMode, StepSide } from './schema'

/** Small routines for tests: only what a test names differs from a plain step. */

export function holdStep(
  name: string,
  holdSec: number,
  side: StepSide = 'both',
  over: Partial<RoutineStep> = {},
): RoutineStep {
  return makeStep(name, { type: 'hold', holdSec, sets: 1, restBetweenSetsSec: 0 }, side, over)
}

export function repsStep(
  name: string,
  reps: number,
  sets: number,
  restBetweenSetsSec: number,
  side: StepSide = 'both',
  over: Partial<RoutineStep> = {},
): RoutineStep {
  return makeStep(name, { type: 'reps', reps, sets, restBetweenSetsSec }, side, over)
}

function makeStep(
  name: string,
  mode: StepMode,
  side: StepSide,
  over: Partial<RoutineStep>,
): RoutineStep {
  return {
    exerciseId: 'seated_hamstring_stretch',
    name,
    howTo: ['Do it.'],
    cue: 'A gentle pull, never sharp pain',
    mode,
    side,
    restAfterSec: 0,
    optional: false,
    ...over,
  }
}

export function makeRoutine(steps: RoutineStep[], over: Partial<Routine> = {}): Routine {
  return {
    id: 'test-routine',
    name: 'Test routine',
    description: '',
    kind: 'custom',
    builtIn: false,
    rounds: 1,
    steps,
    ...over,
  }
}
