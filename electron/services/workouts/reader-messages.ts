import type { FileOutcome, WorkoutSource } from './read-source'

/** Main → reader thread. Each import has its own id; one thread serves them all. */
export type ToReader =
  { type: 'read'; id: number; sources: readonly WorkoutSource[] } | { type: 'cancel'; id: number }

/** Reader thread → main. */
export type FromReader =
  | { type: 'outcome'; id: number; outcome: FileOutcome }
  | { type: 'count'; id: number; files: number }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; message: string }
