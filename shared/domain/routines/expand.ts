import type { PlayedSide, Routine, RoutineStep } from './schema'

/** The 3-2-1 before the first step. */
export const LEAD_IN_MS = 3_000
/** Time to change legs between the left and right halves of an "each" step. */
export const SWITCH_SIDES_MS = 5_000
/**
 * Reps have no duration (the player waits for "Done"); this pace is only for
 * estimates such as "about 15 min" and the whole-routine progress bar.
 */
export const ESTIMATED_MS_PER_REP = 3_000

export type SegmentKind = 'lead_in' | 'hold' | 'reps' | 'rest' | 'switch_sides' | 'done'

/** One thing the player shows at a time, in order. */
export interface Segment {
  readonly kind: SegmentKind
  /** Exact length; null for reps, which wait for "Done". */
  readonly durationMs: number | null
  /** 1-based round this segment belongs to. */
  readonly round: number
  /** Index into routine.steps; null for the lead-in and the final done. */
  readonly stepIndex: number | null
  readonly exerciseId: string | null
  readonly stepName: string | null
  /** The leg being worked, for holds and reps; `each` is already expanded. */
  readonly side: PlayedSide | null
  /** 1-based set within the step (work, switch and rest-between-sets segments). */
  readonly set: number | null
  readonly sets: number | null
  readonly reps: number | null
  readonly optional: boolean
  readonly label: string
  /** What the next hold or reps will be ("Done" at the end); null on done. */
  readonly nextLabel: string | null
}

type Draft = Omit<Segment, 'nextLabel'>

const base = {
  stepIndex: null,
  exerciseId: null,
  stepName: null,
  side: null,
  set: null,
  sets: null,
  reps: null,
  optional: false,
} as const

export function isWork(segment: Segment): boolean {
  return segment.kind === 'hold' || segment.kind === 'reps'
}

const sideText: Record<PlayedSide, string | null> = {
  left: 'left leg',
  right: 'right leg',
  both: null,
}

function workLabel(step: RoutineStep, side: PlayedSide, set: number): string {
  const parts: string[] = []
  const onSide = sideText[side]
  if (onSide !== null) parts.push(onSide)
  if (step.mode.type === 'reps')
    parts.push(step.mode.reps === 1 ? '1 rep' : `${step.mode.reps} reps`)
  if (step.mode.sets > 1) {
    parts.push(
      step.mode.type === 'reps' ? `set ${set} of ${step.mode.sets}` : `${set} of ${step.mode.sets}`,
    )
  }
  return parts.length === 0 ? step.name : `${step.name} – ${parts.join(', ')}`
}

function stepSegments(
  step: RoutineStep,
  stepIndex: number,
  round: number,
  isLast: boolean,
): Draft[] {
  const out: Draft[] = []
  const inStep = {
    ...base,
    stepIndex,
    exerciseId: step.exerciseId,
    stepName: step.name,
    optional: step.optional,
    round,
  }
  const sides: PlayedSide[] = step.side === 'each' ? ['left', 'right'] : [step.side]
  const { sets } = step.mode
  // Sides alternate within each set (left, switch, right, then rest), so one
  // leg recovers while the other works and there is one rest per set.
  for (let set = 1; set <= sets; set++) {
    sides.forEach((side, i) => {
      if (i > 0)
        out.push({
          ...inStep,
          kind: 'switch_sides',
          durationMs: SWITCH_SIDES_MS,
          set,
          label: 'Switch sides',
        })
      out.push({
        ...inStep,
        kind: step.mode.type,
        durationMs: step.mode.type === 'hold' ? step.mode.holdSec * 1000 : null,
        side,
        set,
        sets,
        reps: step.mode.type === 'reps' ? step.mode.reps : null,
        label: workLabel(step, side, set),
      })
    })
    if (set < sets && step.mode.restBetweenSetsSec > 0) {
      out.push({
        ...inStep,
        kind: 'rest',
        durationMs: step.mode.restBetweenSetsSec * 1000,
        set,
        label: 'Rest',
      })
    }
  }
  // A rest before "Done" would only be waiting, so the very last one is dropped.
  if (!isLast && step.restAfterSec > 0) {
    out.push({ ...inStep, kind: 'rest', durationMs: step.restAfterSec * 1000, label: 'Rest' })
  }
  return out
}

/**
 * The routine as the flat list of segments the player steps through: a 3-2-1
 * lead-in, every step of every round (sides, sets and rests expanded), and a
 * final done.
 */
export function expandRoutine(routine: Routine): Segment[] {
  const drafts: Draft[] = [
    { ...base, kind: 'lead_in', durationMs: LEAD_IN_MS, round: 1, label: 'Get ready' },
  ]
  for (let round = 1; round <= routine.rounds; round++) {
    routine.steps.forEach((step, i) => {
      const isLast = round === routine.rounds && i === routine.steps.length - 1
      drafts.push(...stepSegments(step, i, round, isLast))
    })
  }
  drafts.push({ ...base, kind: 'done', durationMs: 0, round: routine.rounds, label: 'Done' })
  return withNextLabels(drafts)
}

function withNextLabels(drafts: readonly Draft[]): Segment[] {
  const out: Segment[] = new Array<Segment>(drafts.length)
  let next: string | null = null
  // Walk backwards so each segment learns the next hold, reps or done after it.
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft
    out[i] = { ...d, nextLabel: next }
    if (d.kind === 'hold' || d.kind === 'reps' || d.kind === 'done') next = d.label
  }
  return out
}

/** The exact time the routine takes without reps (which wait for "Done"). */
export function timedDurationMs(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => sum + (s.durationMs ?? 0), 0)
}

/** One segment's length, with reps estimated at a steady pace. */
export function estimatedSegmentMs(segment: Segment): number {
  return segment.durationMs ?? (segment.reps ?? 0) * ESTIMATED_MS_PER_REP
}

/** The whole routine's expected length, reps included at a steady pace. */
export function estimatedDurationMs(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => sum + estimatedSegmentMs(s), 0)
}
