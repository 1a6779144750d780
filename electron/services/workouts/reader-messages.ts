import type { FileOutcome, WorkoutSource } from './read-source'

/** Main → reader thread. */
export type ToReader = { type: 'read'; sources: readonly WorkoutSource[] } | { type: 'cancel' }

/** Reader thread → main. */
export type FromReader =
  | { type: 'outcome'; outcome: FileOutcome }
  | { type: 'count'; files: number }
  | { type: 'done' }
  | { type: 'failed'; message: string }
