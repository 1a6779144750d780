import { Button, buttonClass } from '@renderer/components/Button'
import { Link } from 'react-router'
import type { Routine } from '@shared/domain/routines/schema'
import { ExerciseFigure } from '../illustrations/ExerciseFigure'
import { aboutText, kindLabels, routineLengthMs } from '../format'
import { playPath } from '../paths'
import { CopyIcon, EditIcon, PlayIcon, TrashIcon } from './icons'
import { removeLabel } from './RemoveRoutine'

interface RoutineCardProps {
  routine: Routine
  onRemove: (routine: Routine) => void
}

/** One routine in the list: what it is, how long, and what you can do with it. */
export function RoutineCard({ routine, onRemove }: RoutineCardProps) {
  const titleId = `routine-${routine.id}-title`
  const steps = routine.steps.length
  return (
    <li className="routine-card" aria-labelledby={titleId}>
      <div className="routine-card__art">
        <ExerciseFigure
          exerciseId={routine.steps[0]?.exerciseId}
          className="routine-card__figure"
        />
      </div>
      <div className="routine-card__body">
        <h3 id={titleId} className="routine-card__title">
          <Link to={`/routines/${routine.id}`} className="routine-card__link">
            {routine.name}
          </Link>
        </h3>
        <p className="routine-card__meta">
          <span className="tag rt-tag--accent">{aboutText(routineLengthMs(routine))}</span>
          <span className="tag">{kindLabels[routine.kind]}</span>
          <span className="tag">{routine.builtIn ? 'Built-in' : 'Yours'}</span>
          <span className="routine-card__count">
            {steps} {steps === 1 ? 'step' : 'steps'}
            {routine.rounds > 1 ? ` · ${routine.rounds} rounds` : ''}
          </span>
        </p>
        {routine.description ? (
          <p className="routine-card__description">{routine.description}</p>
        ) : null}
        <div className="routine-card__actions">
          <Link
            to={`/routines/new?from=${encodeURIComponent(routine.id)}`}
            className={buttonClass({ size: 'small' })}
            aria-label={`Duplicate ${routine.name}`}
          >
            <CopyIcon size={16} />
            Duplicate
          </Link>
          {routine.builtIn ? null : (
            <Link
              to={`/routines/${routine.id}/edit`}
              className={buttonClass({ size: 'small' })}
              aria-label={`Edit ${routine.name}`}
            >
              <EditIcon size={16} />
              Edit
            </Link>
          )}
          <Button
            tone="quiet-danger"
            size="small"
            aria-label={`${removeLabel(routine)} ${routine.name}`}
            onClick={() => {
              onRemove(routine)
            }}
          >
            <TrashIcon size={16} />
            {removeLabel(routine)}
          </Button>
        </div>
      </div>
      <div className="routine-card__start">
        <Link
          to={playPath(routine.id, 'routines')}
          className={buttonClass({ tone: 'primary', size: 'large' })}
          aria-label={`Start ${routine.name}`}
        >
          <PlayIcon size={16} />
          Start
        </Link>
      </div>
    </li>
  )
}
