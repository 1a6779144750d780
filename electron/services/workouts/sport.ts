import type { WorkoutSport } from '../../../shared/domain/workouts/session'

const KNOWN: readonly [RegExp, WorkoutSport][] = [
  [/run/i, 'running'],
  [/cycl|bik|ride/i, 'cycling'],
  [/walk/i, 'walking'],
  [/hik/i, 'hiking'],
  [/swim/i, 'swimming'],
]

/** Maps a file's own sport name (FIT enum, TCX attribute, HealthKit type) to Limber's few sports. */
export function sportFromName(name: string | null | undefined): WorkoutSport {
  if (!name) return 'other'
  for (const [pattern, sport] of KNOWN) if (pattern.test(name)) return sport
  return 'other'
}
