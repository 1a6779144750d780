import { format } from 'date-fns'
import { toLocal } from '@shared/domain/local-time'
import type { Workout, WorkoutSport } from '@shared/domain/workouts/session'

export const SPORT_LABEL: Record<WorkoutSport, string> = {
  running: 'Running',
  cycling: 'Cycling',
  walking: 'Walking',
  hiking: 'Hiking',
  swimming: 'Swimming',
  other: 'Other exercise',
}

/** "1 h 05 min" or "42 min"; seconds are noise at this scale. */
export function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

export const km = (meters: number) => `${(meters / 1000).toFixed(meters < 10_000 ? 2 : 1)} km`

/**
 * The session's local start time in the zone it was recorded in; where the
 * file gave no zone, this computer's at that instant (as main dated it).
 */
export function startTime(w: Pick<Workout, 'startedAt' | 'utcOffsetMinutes'>): string {
  const utcOffsetMin = w.utcOffsetMinutes ?? -new Date(w.startedAt).getTimezoneOffset()
  return format(toLocal({ at: w.startedAt, utcOffsetMin }), 'HH:mm')
}

/** The facts the file held, in reading order; what it did not hold is left out, never guessed. */
export function facts(w: Workout): string[] {
  const out = [`started ${startTime(w)}`, duration(w.elapsedSeconds)]
  if (w.movingSeconds !== null && Math.abs(w.movingSeconds - w.elapsedSeconds) >= 60)
    out.push(`${duration(w.movingSeconds)} moving`)
  if (w.distanceMeters !== null && w.distanceMeters > 0) out.push(km(w.distanceMeters))
  if (w.elevationGainMeters !== null && w.elevationGainMeters > 0)
    out.push(`${Math.round(w.elevationGainMeters)} m climbed`)
  if (w.avgHeartRate !== null) {
    const max = w.maxHeartRate === null ? '' : `, max ${Math.round(w.maxHeartRate)}`
    out.push(`heart rate ${Math.round(w.avgHeartRate)} average${max}`)
  }
  return out
}
