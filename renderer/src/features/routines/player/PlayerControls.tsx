import type { MouseEvent } from 'react'
import type { PlayerActionType } from '@shared/domain/routines/player'
import {
  NextIcon,
  PauseIcon,
  PlayIcon,
  PreviousIcon,
  RestartIcon,
  StopIcon,
} from '../components/icons'

interface PlayerControlsProps {
  paused: boolean
  onAction: (type: PlayerActionType) => void
  onStop: () => void
  /** After a mouse click, give the keys back to the player (Space must not re-press the button). */
  onPointerUse: () => void
}

/** Every key shortcut as a real button too; the key is shown and exposed to assistive tech. */
export function PlayerControls({ paused, onAction, onStop, onPointerUse }: PlayerControlsProps) {
  const click = (fn: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    fn()
    if (event.detail > 0) onPointerUse()
  }
  return (
    <div className="player-controls" role="group" aria-label="Player controls">
      <button
        type="button"
        className="player-control"
        aria-keyshortcuts="ArrowLeft"
        onClick={click(() => {
          onAction('previous')
        })}
      >
        <PreviousIcon />
        <span>Previous</span>
        <kbd aria-hidden="true">←</kbd>
      </button>
      <button
        type="button"
        className="player-control"
        aria-keyshortcuts="R"
        onClick={click(() => {
          onAction('restartStep')
        })}
      >
        <RestartIcon />
        <span>Restart step</span>
        <kbd aria-hidden="true">R</kbd>
      </button>
      <button
        type="button"
        className="player-control player-control--main"
        aria-keyshortcuts="Space"
        onClick={click(() => {
          onAction(paused ? 'resume' : 'pause')
        })}
      >
        {paused ? <PlayIcon size={24} /> : <PauseIcon size={24} />}
        <span>{paused ? 'Resume' : 'Pause'}</span>
        <kbd aria-hidden="true">Space</kbd>
      </button>
      <button
        type="button"
        className="player-control"
        aria-keyshortcuts="ArrowRight"
        onClick={click(() => {
          onAction('next')
        })}
      >
        <NextIcon />
        <span>Next</span>
        <kbd aria-hidden="true">→</kbd>
      </button>
      <button
        type="button"
        className="player-control player-control--stop"
        aria-keyshortcuts="Escape"
        onClick={onStop}
      >
        <StopIcon />
        <span>Stop</span>
        <kbd aria-hidden="true">Esc</kbd>
      </button>
    </div>
  )
}
