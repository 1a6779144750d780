import type { SegmentKind } from '@shared/domain/routines/expand'
import type { PlayerActionType, PlayerStatus } from '@shared/domain/routines/player'

/** What a key press asks of the player: an action, the stop question, or nothing. */
export type KeyCommand = PlayerActionType | 'confirmStop' | null

/** Elements where Space and Enter already mean something (press, type, choose). */
const ACTIVATES =
  'button, a[href], input, select, textarea, summary, [role="button"], [role="link"]'
/** Elements where arrow keys already mean something. */
const USES_ARROWS = 'input, select, textarea, [role="slider"], [role="radiogroup"]'

export interface KeyContext {
  key: string
  status: PlayerStatus
  segment: SegmentKind
  /** The element the key was pressed on. */
  target: Element | null
}

/**
 * Space pause/resume (or start), → next, ← previous, R restart step, Esc
 * stop (asks first), Enter "Done" on reps. A focused control keeps its own
 * meaning for the keys it uses, so Space on a button presses that button.
 */
export function commandForKey({ key, status, segment, target }: KeyContext): KeyCommand {
  const active = status === 'running' || status === 'paused'
  const within = (selector: string) => target?.closest(selector) != null
  switch (key) {
    case ' ':
    case 'Spacebar':
      if (within(ACTIVATES)) return null
      if (status === 'ready') return 'start'
      return status === 'running' ? 'pause' : status === 'paused' ? 'resume' : null
    case 'Enter':
      if (within(ACTIVATES)) return null
      return active && segment === 'reps' ? 'repsDone' : null
    case 'ArrowRight':
      return active && !within(USES_ARROWS) ? 'next' : null
    case 'ArrowLeft':
      return active && !within(USES_ARROWS) ? 'previous' : null
    case 'r':
    case 'R':
      return active && !within('input, select, textarea') ? 'restartStep' : null
    case 'Escape':
      return active ? 'confirmStop' : null
    default:
      return null
  }
}
