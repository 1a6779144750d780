import { isWork } from './expand'
import type { PlayerState } from './player'

/**
 * What History keeps about one play-through, derived from a finished player
 * state. A step is counted once per round it appears in.
 */

export type StepOutcome = 'done' | 'skipped' | 'incomplete'

export interface StepRecord {
  readonly round: number
  readonly stepIndex: number
  readonly exerciseId: string
  readonly optional: boolean
  /**
   * done: every side and set finished (or marked done); skipped: the user
   * moved past part of it; incomplete: the session ended before or during it.
   */
  readonly outcome: StepOutcome
}

export interface SessionRecord {
  readonly status: 'completed' | 'stopped_early'
  /** On the player's monotonic clock; convert with the clock's origin (performance.timeOrigin). */
  readonly startedAtMs: number
  readonly endedAtMs: number
  readonly steps: readonly StepRecord[]
  /**
   * Every non-optional step was done. Bedtime adherence should count this, so
   * stopping after the first round of the bedtime routine still counts.
   */
  readonly requiredDone: boolean
}

/** The record to save, or null while the session is not over (or never started). */
export function sessionRecord(state: PlayerState): SessionRecord | null {
  if (state.status !== 'completed' && state.status !== 'stopped_early') return null
  if (state.startedAtMs === null || state.endedAtMs === null) return null

  const byStep = new Map<string, { first: StepRecord; marks: (string | null)[] }>()
  state.segments.forEach((segment, i) => {
    if (!isWork(segment) || segment.stepIndex === null || segment.exerciseId === null) return
    const key = `${segment.round}:${segment.stepIndex}`
    const mark = state.marks[i] ?? null
    const entry = byStep.get(key)
    if (entry !== undefined) {
      entry.marks.push(mark)
      return
    }
    byStep.set(key, {
      first: {
        round: segment.round,
        stepIndex: segment.stepIndex,
        exerciseId: segment.exerciseId,
        optional: segment.optional,
        outcome: 'incomplete',
      },
      marks: [mark],
    })
  })

  const steps = [...byStep.values()].map(({ first, marks }): StepRecord => {
    const outcome: StepOutcome = marks.every((m) => m === 'done')
      ? 'done'
      : marks.includes('skipped')
        ? 'skipped'
        : 'incomplete'
    return { ...first, outcome }
  })

  return {
    status: state.status,
    startedAtMs: state.startedAtMs,
    endedAtMs: state.endedAtMs,
    steps,
    requiredDone: steps.every((s) => s.optional || s.outcome === 'done'),
  }
}
