import type { RoutineSource } from '@shared/domain/routines/history'

const sources: readonly RoutineSource[] = ['routines', 'today', 'tray', 'reminder', 'cramp_now']

/** The player for a routine, remembering where it was started from. */
export function playPath(routineId: string, source: RoutineSource): string {
  return `/routines/${encodeURIComponent(routineId)}/play?source=${source}`
}

/** The `source` query parameter, or "routines" when it is missing or unknown. */
export function sourceFrom(value: string | null): RoutineSource {
  return sources.find((s) => s === value) ?? 'routines'
}
