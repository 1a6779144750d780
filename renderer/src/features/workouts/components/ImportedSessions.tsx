import { Button } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { ConfirmDialog } from '@renderer/components/ConfirmDialog'
import type { Workout, WorkoutSport } from '@shared/domain/workouts/session'
import { facts, SPORT_LABEL } from '../format'
import { useEditWorkout, useRemoveWorkout, workoutQueries } from '../queries'
import { ImportWorkoutsButton } from './ImportWorkoutsButton'
import styles from './ImportedSessions.module.css'

const EFFORTS = Array.from({ length: 11 }, (_, i) => i)

/**
 * The day's sessions imported from a watch or an app, marked as imported:
 * the sport and the effort (which files rarely hold) can be changed, and a
 * session removed. Changes save at once, apart from the check-in's own Save.
 */
export function ImportedSessions({ date }: { date: string }) {
  const query = useQuery(workoutQueries.between(date, date))
  const hintId = useId()
  const sessions = query.data ?? []
  return (
    <div className={styles.block} role="group" aria-labelledby={`${hintId}-title`}>
      <h3 id={`${hintId}-title`} className={styles.title}>
        Imported from a watch or app
      </h3>
      {query.isError ? (
        <p className="field__error">Could not load the imported sessions for this day.</p>
      ) : sessions.length === 0 ? (
        <p id={hintId} className="field__hint">
          None for this day. Drop FIT, GPX or TCX files, or a Strava or Apple Health export zip,
          anywhere on the window, or choose them here.
        </p>
      ) : (
        <ul className={styles.list}>
          {sessions.map((w) => (
            <ImportedSession key={w.id} workout={w} />
          ))}
        </ul>
      )}
      <div>
        <ImportWorkoutsButton {...(sessions.length === 0 ? { describedBy: hintId } : {})} />
      </div>
    </div>
  )
}

function ImportedSession({ workout }: { workout: Workout }) {
  const edit = useEditWorkout()
  const remove = useRemoveWorkout()
  const [confirming, setConfirming] = useState(false)
  const id = `workout-${workout.id}`
  const name = SPORT_LABEL[workout.sport]
  return (
    <li className={styles.session} aria-labelledby={`${id}-name`}>
      <p className={styles.head}>
        <span id={`${id}-name`} className={styles.name}>
          {name}, {facts(workout)[0]}
        </span>
        <span className="tag">imported</span>
      </p>
      <p className={styles.facts}>{facts(workout).slice(1).join(' · ')}</p>
      <p className={styles.source}>From {workout.sourceName}</p>
      {workout.warning ? <p className={styles.warning}>{workout.warning}</p> : null}
      <div className={styles.fields}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-sport`}>
            Sport
          </label>
          <select
            id={`${id}-sport`}
            className="select"
            value={workout.sport}
            disabled={edit.isPending}
            onChange={(event) => {
              edit.mutate({ id: workout.id, sport: event.target.value as WorkoutSport })
            }}
          >
            {Object.entries(SPORT_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-effort`}>
            Effort (0 to 10)
          </label>
          <select
            id={`${id}-effort`}
            className="select"
            value={workout.effort === null ? '' : String(workout.effort)}
            disabled={edit.isPending}
            onChange={(event) => {
              const v = event.target.value
              edit.mutate({ id: workout.id, effort: v === '' ? null : Number(v) })
            }}
          >
            <option value="">Not set</option>
            {EFFORTS.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <Button
          tone="quiet-danger"
          size="small"
          aria-label={`Remove ${name}, ${facts(workout)[0]}`}
          onClick={() => {
            setConfirming(true)
          }}
        >
          Remove
        </Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="Remove this imported session?"
          confirmLabel="Remove session"
          cancelLabel="Keep it"
          tone="danger"
          onCancel={() => {
            setConfirming(false)
          }}
          onConfirm={() => {
            setConfirming(false)
            remove.mutate(workout.id)
          }}
        >
          <p>
            {name}, {facts(workout)[0]}, from {workout.sourceName}. Importing that file again brings
            it back.
          </p>
        </ConfirmDialog>
      ) : null}
    </li>
  )
}
