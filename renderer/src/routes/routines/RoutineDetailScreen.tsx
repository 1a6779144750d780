import { Button, buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useParams } from 'react-router'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import {
  BackIcon,
  CopyIcon,
  EditIcon,
  PlayIcon,
  TrashIcon,
} from '@renderer/features/routines/components/icons'
import { removeLabel, useRemoveFlow } from '@renderer/features/routines/components/RemoveRoutine'
import { RoutineSteps } from '@renderer/features/routines/components/RoutineSteps'
import { aboutText, kindLabels, routineLengthMs } from '@renderer/features/routines/format'
import { playPath } from '@renderer/features/routines/paths'
import { routinesQueries } from '@renderer/features/routines/queries'
import '@renderer/features/routines/routines.css'

/** One routine, read-only: its steps, and Start, Duplicate, Edit (own only) and Delete or Hide. */
export function RoutineDetailScreen() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const query = useQuery(routinesQueries.get(id))
  const removal = useRemoveFlow(() => void navigate('/routines'))
  const routine = query.data

  if (!routine) {
    return (
      <div className="screen">
        <BackLink />
        <ScreenHeader title={query.isPending ? 'Routine' : 'Routine not found'} />
        {query.isPending ? (
          <p role="status" className="rt-muted">
            Loading…
          </p>
        ) : (
          <Notice tone="warning">
            <p>{query.error.message}</p>
          </Notice>
        )}
      </div>
    )
  }

  return (
    <div className="screen routine-detail">
      <BackLink />
      <ScreenHeader title={routine.name} lead={routine.description || undefined} />
      <p className="routine-card__meta">
        <span className="tag rt-tag--accent">{aboutText(routineLengthMs(routine))}</span>
        <span className="tag">{kindLabels[routine.kind]}</span>
        <span className="tag">{routine.builtIn ? 'Built-in' : 'Yours'}</span>
        <span className="routine-card__count">
          {routine.steps.length} {routine.steps.length === 1 ? 'step' : 'steps'}
          {routine.rounds > 1 ? ` · ${routine.rounds} rounds` : ''}
        </span>
      </p>
      <div className="form-actions routine-detail__actions">
        <Link
          to={playPath(routine.id, 'routines')}
          className={buttonClass({ tone: 'primary', size: 'large' })}
        >
          <PlayIcon size={18} />
          Start
        </Link>
        <Link to={`/routines/new?from=${encodeURIComponent(routine.id)}`} className={buttonClass()}>
          <CopyIcon size={16} />
          Duplicate
        </Link>
        {routine.builtIn ? null : (
          <Link to={`/routines/${routine.id}/edit`} className={buttonClass()}>
            <EditIcon size={16} />
            Edit
          </Link>
        )}
        <Button
          tone="quiet-danger"
          onClick={() => {
            removal.ask(routine)
          }}
        >
          <TrashIcon size={16} />
          {removeLabel(routine)}
        </Button>
      </div>
      {routine.builtIn ? (
        <Notice>
          <p>
            Built-in routines can’t be changed. Duplicate this one to make your own version with
            different times or steps.
          </p>
        </Notice>
      ) : null}
      <section className="routines-section" aria-labelledby="detail-steps-title">
        <h2 id="detail-steps-title">Steps</h2>
        <RoutineSteps routine={routine} />
      </section>
      {removal.dialog}
    </div>
  )
}

export function BackLink({
  to = '/routines',
  label = 'All routines',
}: {
  to?: string
  label?: string
}) {
  return (
    <Link to={to} className="rt-back-link">
      <BackIcon size={16} />
      {label}
    </Link>
  )
}
