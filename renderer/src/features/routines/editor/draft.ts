import { exerciseById } from '@shared/domain/routines/exercises'
import type { RoutineKind, Routine, RoutineStep, StepSide } from '@shared/domain/routines/schema'

/**
 * The editor's working copy. Numbers are kept as the text the user typed,
 * so nothing they entered is lost when it fails validation; both the hold
 * and the reps values are kept, so switching the step type back and forth
 * loses nothing either.
 */
export interface StepDraft {
  /** Stable across reorders: React keys, field ids and errors hang off it. */
  readonly key: string
  exerciseId: string
  name: string
  /** One how-to line per line of text. */
  howTo: string
  cue: string
  modeType: 'hold' | 'reps'
  holdSec: string
  reps: string
  sets: string
  restBetweenSetsSec: string
  side: StepSide
  restAfterSec: string
  optional: boolean
}

export interface RoutineDraft {
  /** Absent for a routine not saved yet. */
  id?: string
  name: string
  description: string
  kind: RoutineKind
  rounds: string
  steps: StepDraft[]
}

/** Field errors keyed by field: `name`, `rounds`, `steps`, `step:<key>.holdSec`, ... */
export type DraftErrors = Record<string, string>

let nextKey = 1
const newKey = () => `s${nextKey++}`

export function stepDraftFrom(step: RoutineStep): StepDraft {
  const { mode } = step
  return {
    key: newKey(),
    exerciseId: step.exerciseId,
    name: step.name,
    howTo: step.howTo.join('\n'),
    cue: step.cue,
    modeType: mode.type,
    holdSec: String(mode.type === 'hold' ? mode.holdSec : 30),
    reps: String(mode.type === 'reps' ? mode.reps : 10),
    sets: String(mode.sets),
    restBetweenSetsSec: String(mode.restBetweenSetsSec),
    side: step.side,
    restAfterSec: String(step.restAfterSec),
    optional: step.optional,
  }
}

/** A new step for an exercise, with its name, how-to and cue filled in. */
export function newStepDraft(exerciseId: string): StepDraft {
  const exercise = exerciseById(exerciseId)
  return {
    key: newKey(),
    exerciseId,
    name: exercise?.name ?? '',
    howTo: exercise?.howTo.join('\n') ?? '',
    cue: exercise?.cue ?? '',
    modeType: 'hold',
    holdSec: '30',
    reps: '10',
    sets: '1',
    restBetweenSetsSec: '0',
    side: 'each',
    restAfterSec: '5',
    optional: false,
  }
}

/**
 * Picking another exercise for a step: its illustration changes, and so do
 * the name, how-to and cue, but only where they are still the previous
 * exercise's defaults (never over the user's own words).
 */
export function withExercise(step: StepDraft, exerciseId: string): StepDraft {
  const before = exerciseById(step.exerciseId)
  const after = exerciseById(exerciseId)
  const keep = (current: string, old: string | undefined, next: string | undefined) =>
    next !== undefined && (current.trim() === '' || current === old) ? next : current
  return {
    ...step,
    exerciseId,
    name: keep(step.name, before?.name, after?.name),
    howTo: keep(step.howTo, before?.howTo.join('\n'), after?.howTo.join('\n')),
    cue: keep(step.cue, before?.cue, after?.cue),
  }
}

export function draftFrom(routine: Routine, options: { keepId: boolean }): RoutineDraft {
  return {
    ...(options.keepId ? { id: routine.id } : {}),
    name: routine.name,
    description: routine.description,
    kind: routine.kind,
    rounds: String(routine.rounds),
    steps: routine.steps.map(stepDraftFrom),
  }
}

export function emptyDraft(): RoutineDraft {
  return { name: '', description: '', kind: 'custom', rounds: '1', steps: [] }
}

/**
 * Text to a number for the schema. Blank or unreadable text becomes NaN, so
 * the schema answers with its own message ("Enter the hold in seconds")
 * instead of a silent 0. "1:30" is read as minutes and seconds.
 */
export function numberFrom(text: string): number {
  const trimmed = text.trim()
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed)
  if (clock) return Number(clock[1]) * 60 + Number(clock[2])
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return Number.NaN
  return Number(trimmed)
}

function stepFrom(step: StepDraft): RoutineStep {
  const sets = numberFrom(step.sets)
  const restBetweenSetsSec = numberFrom(step.restBetweenSetsSec)
  return {
    exerciseId: step.exerciseId,
    name: step.name,
    howTo: step.howTo
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    cue: step.cue,
    mode:
      step.modeType === 'hold'
        ? { type: 'hold', holdSec: numberFrom(step.holdSec), sets, restBetweenSetsSec }
        : { type: 'reps', reps: numberFrom(step.reps), sets, restBetweenSetsSec },
    side: step.side,
    restAfterSec: numberFrom(step.restAfterSec),
    optional: step.optional,
  }
}

/** What the editor sends to `routines:save` (no id for a new routine). */
export function inputFrom(draft: RoutineDraft) {
  return {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    name: draft.name,
    description: draft.description,
    kind: draft.kind,
    rounds: numberFrom(draft.rounds),
    steps: draft.steps.map(stepFrom),
  }
}

/** A schema path as an editor field key: steps by their stable key, how-to lines as one field. */
export function fieldKey(path: readonly (string | number)[], draft: RoutineDraft): string {
  const [head, index, ...rest] = path
  if (head !== 'steps' || index === undefined) return String(head ?? '')
  const step = draft.steps[Number(index)]
  if (step === undefined) return 'steps'
  const field = rest.map(String).find((part) => part !== 'mode' && !/^\d+$/.test(part))
  return field === undefined ? `step:${step.key}` : `step:${step.key}.${field}`
}

/** First message per field, from zod issues or from main's IpcIssues (dotted paths). */
export function errorsFrom(
  issues: readonly { path: readonly PropertyKey[] | string; message: string }[],
  draft: RoutineDraft,
): DraftErrors {
  const errors: DraftErrors = {}
  for (const issue of issues) {
    const path =
      typeof issue.path === 'string'
        ? issue.path.split('.').filter((p) => p !== '')
        : issue.path.map((p) => (typeof p === 'symbol' ? '' : p))
    errors[fieldKey(path, draft)] ??= issue.message
  }
  return errors
}

/** Moves the item at `from` to `to` (both in range), returning a new array. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items]
  const [item] = out.splice(from, 1)
  if (item !== undefined) out.splice(to, 0, item)
  return out
}
