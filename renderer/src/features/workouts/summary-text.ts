import type { WorkoutImportSummary } from '@shared/domain/workouts/session'

const files = (n: number) => `${n.toLocaleString('en-GB')} file${n === 1 ? '' : 's'}`

/** "2 files added, 1 already there, 1 refused": every count, zeros too, so nothing reads as hidden. */
export function summaryLine(s: WorkoutImportSummary): string {
  return `${files(s.added)} added, ${s.alreadyThere.toLocaleString('en-GB')} already there, ${s.refused.length.toLocaleString('en-GB')} refused.`
}

/** The panel's heading: what happened, in the order a person asks it. */
export function summaryTitle(s: WorkoutImportSummary): string {
  if (s.cancelled) return 'Import cancelled. What was already in is kept.'
  if (s.added === 0 && s.alreadyThere > 0 && s.refused.length === 0)
    return 'Already there: nothing new to add.'
  if (s.added === 0 && s.alreadyThere === 0) return 'Nothing was imported.'
  return 'Import finished.'
}
