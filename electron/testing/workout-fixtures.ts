import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  readWorkoutSource,
  type FileOutcome,
  type WorkoutSource,
} from '../services/workouts/read-source'

/** The real recorded files (see fixtures/workouts/SOURCES.md). */
export const WORKOUT_FIXTURES = join(__dirname, 'fixtures', 'workouts')

export function workoutFixture(name: string): WorkoutSource {
  return { name, bytes: readFileSync(join(WORKOUT_FIXTURES, name)) }
}

/** Every outcome one source gives, in order. */
export async function readAll(source: WorkoutSource, signal?: AbortSignal): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = []
  await readWorkoutSource(source, (o) => void outcomes.push(o), signal)
  return outcomes
}

/** "name: reason" for each refused outcome, and "name: read" for the others, so a test sees both. */
export function refusals(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.map((o) =>
    o.kind === 'refused' ? `${o.refused.sourceName}: ${o.refused.reason}` : `${o.sourceName}: read`,
  )
}
