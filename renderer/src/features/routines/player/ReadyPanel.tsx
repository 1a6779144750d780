import { Button } from '@renderer/components/Button'
import type { Routine } from '@shared/domain/routines/schema'
import { ExerciseFigure } from '../illustrations/ExerciseFigure'
import { PlayIcon } from '../components/icons'
import { aboutText, routineLengthMs, stepSummary } from '../format'

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

interface ReadyPanelProps {
  routine: Routine
  onStart: () => void
}

/** Before the first step: what is coming, and one big Start (which also turns the sound on). */
export function ReadyPanel({ routine, onStart }: ReadyPanelProps) {
  const first = routine.steps[0]
  return (
    <section className="player-ready" aria-labelledby="player-ready-title">
      <ExerciseFigure
        exerciseId={first?.exerciseId}
        title={first?.name}
        className="player-ready__figure"
      />
      <div className="player-ready__text">
        <h2 id="player-ready-title">Ready when you are</h2>
        <p>
          {sentence(aboutText(routineLengthMs(routine)))} · {routine.steps.length}{' '}
          {routine.steps.length === 1 ? 'step' : 'steps'}
          {routine.rounds > 1 ? ` · ${routine.rounds} rounds` : ''}. A 3-2-1 count starts you off.
        </p>
        {first ? (
          <p className="player-ready__first">
            First: <strong>{first.name}</strong> ({stepSummary(first)})
          </p>
        ) : null}
        <Button tone="primary" size="huge" aria-keyshortcuts="Space" onClick={onStart}>
          <PlayIcon size={26} />
          Start
        </Button>
        <p className="player-ready__keys">
          Keys: <kbd>Space</kbd> pause, <kbd>→</kbd> next, <kbd>←</kbd> previous, <kbd>R</kbd>{' '}
          restart step, <kbd>Enter</kbd> done, <kbd>Esc</kbd> stop.
        </p>
      </div>
    </section>
  )
}
