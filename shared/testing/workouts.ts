import { Workout } from '../domain/workouts/session'

/** Test-only: a stored imported session on a local date, parsed so it is a real Workout. */
export function storedWorkout(over: Partial<Workout> & Pick<Workout, 'id' | 'localDate'>): Workout {
  const startedAt = Date.parse(`${over.localDate}T07:30:00Z`)
  return Workout.parse({
    sport: 'running',
    format: 'fit',
    startedAt,
    utcOffsetMinutes: 0,
    elapsedSeconds: 1800,
    movingSeconds: 1750,
    distanceMeters: 5000,
    elevationGainMeters: 40,
    avgHeartRate: 150,
    maxHeartRate: 172,
    effort: null,
    sourceName: 'Morning_Run.fit',
    contentHash: '0'.repeat(64),
    warning: null,
    importedAt: startedAt + 3_600_000,
    ...over,
  })
}
