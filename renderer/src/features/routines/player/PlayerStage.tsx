import { Button } from '@renderer/components/Button'
import { ExerciseFigure } from '../illustrations/ExerciseFigure'
import { CheckIcon } from '../components/icons'
import type { PlayerDisplay } from './display'

interface PlayerStageProps {
  display: PlayerDisplay
  paused: boolean
  onDone: () => void
}

/** The part read from across the room: phase, big countdown (or reps and Done), side, cue. */
export function PlayerStage({ display, paused, onDone }: PlayerStageProps) {
  const { segment, step } = display
  const upcoming = segment.kind !== 'hold' && segment.kind !== 'reps'
  const leadIn = segment.kind === 'lead_in'
  return (
    <div className={`player-stage player-stage--${segment.kind}`}>
      <div className="player-stage__figure">
        <ExerciseFigure
          exerciseId={step?.exerciseId}
          title={step?.stepName ?? 'Ready to start'}
          className="player-figure"
        />
      </div>
      <div className="player-stage__main">
        <p className="player-stage__phase">
          {display.phase}
          {paused ? <span className="tag rt-tag--warning player-stage__paused">Paused</span> : null}
        </p>
        <h2 className="player-stage__title">
          {upcoming && step ? <span className="player-stage__up">Up next: </span> : null}
          {step?.stepName ?? 'Done'}
        </h2>
        {display.sideText ? (
          <p className={`side-pill side-pill--${step?.side ?? 'both'}`}>
            {segment.kind === 'switch_sides' ? `Now: ${display.sideText}` : display.sideText}
          </p>
        ) : null}

        {segment.kind === 'reps' ? (
          <div className="player-reps">
            <p className="player-reps__count">
              {segment.reps} {segment.reps === 1 ? 'rep' : 'reps'}
            </p>
            <Button tone="primary" size="huge" aria-keyshortcuts="Enter" onClick={onDone}>
              <CheckIcon size={28} />
              Done
            </Button>
            <p className="player-reps__hint">
              Take your time. Press Done or Enter when the set is finished.
            </p>
          </div>
        ) : (
          <p
            className={`player-countdown${leadIn ? ' player-countdown--lead-in' : ''}`}
            role="timer"
            aria-label="Time left"
          >
            {leadIn ? display.secondsLeft : display.clock}
          </p>
        )}

        {display.cue ? <p className="player-stage__cue">{display.cue}</p> : null}
        {display.howTo.length > 0 ? (
          <ul className="player-stage__howto">
            {display.howTo.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  )
}
