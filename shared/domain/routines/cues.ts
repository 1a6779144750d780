import type { Segment } from './expand'
import { reduce, type PlayerState } from './player'

export {
  AudioScheduler,
  type AudioContextLike,
  type AudioParamLike,
  type AudioNodeLike,
} from './audio'
export { Speaker, type SpeechSynthesisLike } from './speech'

/**
 * When to beep and what to say. The times come from the running segment's
 * absolute end, so the UI can hand them to the Web Audio clock and they land
 * on the same instants the countdown shows, however late the UI computed them.
 */

/** count: the 3-2-1 before a timed segment ends; end: the segment is over. */
export type BeepKind = 'count' | 'end'

export interface Beep {
  /** Stable while the schedule is unchanged, so re-syncing does not double a beep. */
  readonly id: string
  readonly kind: BeepKind
  /** On the player's monotonic clock, in ms. */
  readonly atMs: number
  readonly segmentIndex: number
}

/** How far ahead to schedule: the audio and monotonic clocks can drift apart over minutes. */
export const BEEP_HORIZON_MS = 10_000

const US_PER_S = 1_000_000

/**
 * The beeps still to come while the player runs: for the current timed
 * segment and the timed ones chained after it (up to reps, the end, or the
 * horizon). Empty when paused, on reps, or finished, so syncing the audio to
 * this list also silences it.
 */
export function beepSchedule(
  state: PlayerState,
  nowMs: number,
  horizonMs = BEEP_HORIZON_MS,
): Beep[] {
  const s = reduce(state, { type: 'tick', now: nowMs })
  if (s.status !== 'running' || s.endsAtUs === null) return []
  const nowUs = Math.round(nowMs * 1000)
  const untilUs = nowUs + Math.round(horizonMs * 1000)
  const inWindow = (atUs: number) => atUs >= nowUs && atUs <= untilUs
  const beeps: Beep[] = []
  let index = s.index
  let endUs = s.endsAtUs
  let lengthUs = timedLengthUs(s.segments[index])
  while (lengthUs !== null && endUs - lengthUs <= untilUs) {
    const startUs = endUs - lengthUs
    // The previous timed segment's end beep already sounds at this start.
    const afterTimed = timedLengthUs(s.segments[index - 1]) !== null
    for (const secondsLeft of [3, 2, 1]) {
      const atUs = endUs - secondsLeft * US_PER_S
      const clashes = afterTimed && atUs === startUs
      if (inWindow(atUs) && atUs >= startUs && !clashes) beeps.push(beep('count', atUs, index))
    }
    if (inWindow(endUs)) beeps.push(beep('end', endUs, index))
    index += 1
    lengthUs = timedLengthUs(s.segments[index])
    endUs += lengthUs ?? 0
  }
  return beeps
}

/** A segment's length in µs if it counts down; null for reps, done, or past the end. */
function timedLengthUs(segment: Segment | undefined): number | null {
  if (segment === undefined || segment.kind === 'done' || segment.durationMs === null) return null
  return Math.round(segment.durationMs * 1000)
}

function beep(kind: BeepKind, atUs: number, segmentIndex: number): Beep {
  return { id: `${segmentIndex}:${kind}:${atUs}`, kind, atMs: atUs / 1000, segmentIndex }
}

/** Speaking takes about a second; a prompt for a shorter moment would be cut off by the next. */
const MIN_SPOKEN_MS = 2_000

/** The prompt to speak as a segment begins, or null when there is no time to say it. */
export function speechFor(segment: Segment): string | null {
  switch (segment.kind) {
    case 'lead_in':
      return 'Get ready'
    case 'done':
      return 'Done'
    case 'rest':
    case 'switch_sides':
      if (segment.durationMs !== null && segment.durationMs < MIN_SPOKEN_MS) return null
      return segment.kind === 'rest' ? 'Rest' : 'Switch sides'
    case 'hold':
    case 'reps':
      return workPrompt(segment)
  }
}

function workPrompt(segment: Segment): string {
  const parts = [segment.stepName ?? segment.label]
  if (segment.side === 'left' || segment.side === 'right') parts.push(`${segment.side} leg`)
  if (segment.reps !== null) parts.push(segment.reps === 1 ? '1 rep' : `${segment.reps} reps`)
  if (segment.sets !== null && segment.sets > 1 && segment.set !== null) {
    parts.push(`${segment.kind === 'reps' ? 'set ' : ''}${segment.set} of ${segment.sets}`)
  }
  // Commas give the speech engine a natural pause where the screen uses a dash.
  return parts.join(', ')
}
