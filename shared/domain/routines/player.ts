import { estimatedSegmentMs, isWork, type Segment } from './expand'

/**
 * The routine player as a pure reducer. Every action carries the caller's
 * monotonic clock (performance.now() in the window), and the running segment
 * keeps its absolute end time: remaining time is always end − now, so late or
 * missed ticks never add drift, and one tick after a long gap (a sleeping
 * laptop) completes every segment that ended meanwhile.
 *
 * Times are kept in whole microseconds. With floating-point milliseconds,
 * (now + left) − now is not always `left`, so pausing at a fractional ms and
 * resuming could change the time left by a rounding error; integers make
 * pause/resume exact. Clocks in browsers are no finer than 5 µs anyway.
 */

export type PlayerStatus = 'ready' | 'running' | 'paused' | 'completed' | 'stopped_early'

/** What happened to a hold or reps segment; null until it is done or passed. */
export type WorkMark = 'done' | 'skipped'

export interface PlayerState {
  readonly segments: readonly Segment[]
  readonly status: PlayerStatus
  readonly index: number
  /** Running timed segment only: when it ends, in whole µs of the caller's clock. */
  readonly endsAtUs: number | null
  /** Ready or paused timed segment only: exactly what is left, in whole µs. */
  readonly remainingUs: number | null
  /** Caller's clock (ms) at start, and at completion or stop. */
  readonly startedAtMs: number | null
  readonly endedAtMs: number | null
  /** One entry per segment; only holds and reps are ever marked. */
  readonly marks: readonly (WorkMark | null)[]
}

export type PlayerActionType =
  'start' | 'pause' | 'resume' | 'next' | 'previous' | 'restartStep' | 'repsDone' | 'tick' | 'stop'

export interface PlayerAction {
  readonly type: PlayerActionType
  /** The monotonic clock in ms, e.g. performance.now(). */
  readonly now: number
}

const toUs = (ms: number): number => Math.round(ms * 1000)
const durationUs = (segment: Segment): number | null =>
  segment.durationMs === null ? null : Math.round(segment.durationMs * 1000)

function segmentAt(state: PlayerState, index: number): Segment {
  const segment = state.segments[index]
  if (segment === undefined) throw new RangeError(`No segment ${index}`)
  return segment
}

export function currentSegment(state: PlayerState): Segment {
  return segmentAt(state, state.index)
}

/** A player waiting at the lead-in for "start". */
export function initial(segments: readonly Segment[]): PlayerState {
  const first = segments[0]
  if (first === undefined) throw new RangeError('A routine needs at least one segment')
  return {
    segments,
    status: 'ready',
    index: 0,
    endsAtUs: null,
    remainingUs: durationUs(first),
    startedAtMs: null,
    endedAtMs: null,
    marks: segments.map(() => null),
  }
}

function mark(state: PlayerState, value: WorkMark): PlayerState {
  if (!isWork(currentSegment(state))) return state
  // Going back to a finished hold and moving on again must not undo it.
  if (value === 'skipped' && state.marks[state.index] === 'done') return state
  const marks = [...state.marks]
  marks[state.index] = value
  return { ...state, marks }
}

/** Moves to a segment from its beginning at `atUs`, keeping running or paused. */
function enter(state: PlayerState, index: number, atUs: number): PlayerState {
  const segment = segmentAt(state, index)
  if (segment.kind === 'done') {
    return {
      ...state,
      index,
      status: 'completed',
      endsAtUs: null,
      remainingUs: 0,
      endedAtMs: atUs / 1000,
    }
  }
  const length = durationUs(segment)
  if (state.status === 'running') {
    return { ...state, index, endsAtUs: length === null ? null : atUs + length, remainingUs: null }
  }
  return { ...state, index, endsAtUs: null, remainingUs: length }
}

/**
 * Completes every running segment whose end has passed. Each next segment
 * starts at the previous one's exact end, not at `nowUs`, so a late tick
 * loses nothing. Reps stop the chain: they wait for "Done".
 */
function catchUp(state: PlayerState, nowUs: number): PlayerState {
  let s = state
  while (s.status === 'running' && s.endsAtUs !== null && s.endsAtUs <= nowUs) {
    s = enter(mark(s, 'done'), s.index + 1, s.endsAtUs)
  }
  return s
}

/** The hold or reps before the current segment, or the very first segment. */
function previousTarget(state: PlayerState): number {
  for (let i = state.index - 1; i >= 0; i--) {
    if (isWork(segmentAt(state, i))) return i
  }
  return 0
}

const isActive = (s: PlayerState): boolean => s.status === 'running' || s.status === 'paused'

/**
 * Applies one action. Actions that make no sense in the current state (pause
 * while paused, next after the end) return the state unchanged. Navigation
 * while paused stays paused, at the start of the new segment.
 */
export function reduce(state: PlayerState, action: PlayerAction): PlayerState {
  const nowUs = toUs(action.now)
  // Catch up first, so a press after a long gap acts on the segment that is
  // actually playing now.
  const s = catchUp(state, nowUs)
  switch (action.type) {
    case 'tick':
      return s
    case 'start':
      if (s.status !== 'ready') return s
      return enter({ ...s, status: 'running', startedAtMs: nowUs / 1000 }, 0, nowUs)
    case 'pause':
      if (s.status !== 'running') return s
      return {
        ...s,
        status: 'paused',
        endsAtUs: null,
        remainingUs: s.endsAtUs === null ? null : s.endsAtUs - nowUs,
      }
    case 'resume':
      if (s.status !== 'paused') return s
      return {
        ...s,
        status: 'running',
        endsAtUs: s.remainingUs === null ? null : nowUs + s.remainingUs,
        remainingUs: null,
      }
    case 'next':
      if (!isActive(s)) return s
      return enter(mark(s, 'skipped'), s.index + 1, nowUs)
    case 'previous':
      if (!isActive(s)) return s
      return enter(s, previousTarget(s), nowUs)
    case 'restartStep':
      if (!isActive(s)) return s
      return enter(s, s.index, nowUs)
    case 'repsDone':
      if (!isActive(s) || currentSegment(s).kind !== 'reps') return s
      return enter(mark(s, 'done'), s.index + 1, nowUs)
    case 'stop':
      if (!isActive(s)) return s
      return {
        ...s,
        status: 'stopped_early',
        endsAtUs: null,
        remainingUs: null,
        endedAtMs: nowUs / 1000,
      }
  }
}

/** The state as it would be after a tick at `nowMs`, for reading times. */
function settled(state: PlayerState, nowMs: number): { s: PlayerState; nowUs: number } {
  const nowUs = toUs(nowMs)
  return { s: catchUp(state, nowUs), nowUs }
}

function currentLeftUs(s: PlayerState, nowUs: number): number | null {
  if (s.status === 'running') return s.endsAtUs === null ? null : s.endsAtUs - nowUs
  if (s.status === 'ready' || s.status === 'paused') return s.remainingUs
  return 0
}

/**
 * Time left in the current segment, or null on reps (they wait for "Done").
 * Correct even if no tick has arrived since the segment ended.
 */
export function remainingMs(state: PlayerState, nowMs: number): number | null {
  const { s, nowUs } = settled(state, nowMs)
  const left = currentLeftUs(s, nowUs)
  return left === null ? null : left / 1000
}

/** Timed ms still to play: the current segment's rest plus every later timed segment. */
export function totalRemainingMs(state: PlayerState, nowMs: number): number {
  const { s, nowUs } = settled(state, nowMs)
  if (s.status === 'completed' || s.status === 'stopped_early') return 0
  let us = currentLeftUs(s, nowUs) ?? 0
  for (let i = s.index + 1; i < s.segments.length; i++) us += durationUs(segmentAt(s, i)) ?? 0
  return us / 1000
}

/** 0-1 through the whole routine, reps counted at an estimated pace. */
export function progress(state: PlayerState, nowMs: number): number {
  const { s, nowUs } = settled(state, nowMs)
  if (s.status === 'completed') return 1
  let total = 0
  let left = 0
  s.segments.forEach((segment, i) => {
    const estimate = estimatedSegmentMs(segment)
    total += estimate
    if (i > s.index) left += estimate
  })
  const current = currentSegment(s)
  const currentLeft = currentLeftUs(s, nowUs)
  // A stopped session shows how far it got: the segment it stopped in counts as not done.
  const unstarted = currentLeft === null || s.status === 'stopped_early'
  left += unstarted ? estimatedSegmentMs(current) : currentLeft / 1000
  return total === 0 ? 1 : Math.min(1, Math.max(0, 1 - left / total))
}
