import { isWork, type Segment } from '@shared/domain/routines/expand'
import {
  currentSegment,
  progress,
  remainingMs,
  type PlayerState,
} from '@shared/domain/routines/player'
import type { Routine } from '@shared/domain/routines/schema'
import { countdownText, secondsText } from '../format'

/** Everything the playing screen shows, worked out from the state and the time. */
export interface PlayerDisplay {
  readonly segment: Segment
  /** "Get ready", "Hold", "Set 2 of 3", "Rest", "Switch sides". */
  readonly phase: string
  /** The step being done, or coming up during a rest, switch or the lead-in. */
  readonly step: Segment | null
  readonly stepNumber: number
  readonly stepCount: number
  readonly round: number
  readonly rounds: number
  /** "Left leg" / "Right leg", or null for steps with no side. */
  readonly sideText: string | null
  /** "0:27", or null on reps (they wait for Done). */
  readonly clock: string | null
  /** Whole seconds left, for the 3-2-1 lead-in. */
  readonly secondsLeft: number | null
  /** What comes after the current hold or reps. */
  readonly nextUp: string | null
  readonly cue: string | null
  readonly howTo: readonly string[]
  readonly progress: number
}

const sideText = (segment: Segment | null): string | null =>
  segment?.side === 'left' ? 'Left leg' : segment?.side === 'right' ? 'Right leg' : null

/** The hold or reps this segment belongs to or leads up to. */
function focusStep(state: PlayerState): Segment | null {
  const segment = currentSegment(state)
  if (isWork(segment)) return segment
  return state.segments.slice(state.index + 1).find(isWork) ?? null
}

function phaseOf(segment: Segment): string {
  switch (segment.kind) {
    case 'lead_in':
      return 'Get ready'
    case 'rest':
      return 'Rest'
    case 'switch_sides':
      return 'Switch sides'
    case 'done':
      return 'Done'
    case 'hold':
      return segment.sets !== null && segment.sets > 1
        ? `Hold ${segment.set} of ${segment.sets}`
        : 'Hold'
    case 'reps':
      return segment.sets !== null && segment.sets > 1
        ? `Set ${segment.set} of ${segment.sets}`
        : 'Reps'
  }
}

export function playerDisplay(state: PlayerState, now: number, routine: Routine): PlayerDisplay {
  const segment = currentSegment(state)
  const step = focusStep(state)
  const source = step?.stepIndex != null ? routine.steps[step.stepIndex] : undefined
  const left = remainingMs(state, now)
  const perRound = routine.steps.length
  return {
    segment,
    phase: phaseOf(segment),
    step,
    stepNumber: step?.stepIndex != null ? (step.round - 1) * perRound + step.stepIndex + 1 : 1,
    stepCount: perRound * routine.rounds,
    round: step?.round ?? 1,
    rounds: routine.rounds,
    sideText: sideText(step),
    clock: left === null ? null : countdownText(left),
    secondsLeft: left === null ? null : Math.max(0, Math.ceil(left / 1000 - 1e-9)),
    nextUp: isWork(segment) ? segment.nextLabel : null,
    cue: source?.cue ?? null,
    howTo: source?.howTo ?? [],
    progress: progress(state, now),
  }
}

/** What the polite live region says when the segment changes (never every second). */
export function announcement(state: PlayerState, display: PlayerDisplay): string {
  if (state.status === 'ready') return ''
  if (state.status === 'paused') return 'Paused.'
  if (state.status === 'completed') return 'Routine complete.'
  if (state.status === 'stopped_early') return 'Routine stopped.'
  const { segment, step } = display
  const seconds = segment.durationMs === null ? '' : secondsText(segment.durationMs / 1000)
  const position = `Step ${display.stepNumber} of ${display.stepCount}`
  switch (segment.kind) {
    case 'lead_in':
      return `Get ready. First: ${step?.label ?? 'the first step'}.`
    case 'hold':
      return `${position}: ${segment.label}. Hold ${seconds}.`
    case 'reps':
      return `${position}: ${segment.label}. Press Enter or Done when the set is finished.`
    case 'rest':
      return `Rest ${seconds}. Next: ${step?.label ?? 'done'}.`
    case 'switch_sides':
      return `Switch sides. Next: ${display.sideText?.toLowerCase() ?? 'the other side'}.`
    case 'done':
      return 'Routine complete.'
  }
}
