import { Link } from 'react-router'
import type { Workout } from '@shared/domain/workouts/session'
import { facts, SPORT_LABEL } from '../format'
import styles from './WorkoutCard.module.css'

/**
 * One imported session on the journal timeline, marked as imported. Its
 * sport and effort are changed in that day's check-in, where it also shows.
 */
export function WorkoutCard({ workout }: { workout: Workout }) {
  const titleId = `timeline-workout-${workout.id}`
  const [started, ...rest] = facts(workout)
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.head}>
        {SPORT_LABEL[workout.sport]}, {started}
        <span className="tag">imported</span>
      </h3>
      <p className={styles.facts}>
        {[...rest, workout.effort === null ? null : `effort ${workout.effort} of 10`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className={styles.facts}>
        <Link to={`/check-in/${workout.localDate}`}>Sport and effort in that day’s check-in</Link>
      </p>
    </article>
  )
}
