import type { RefusalReason } from '../../../shared/domain/workouts/session'

/** Thrown by a reader when a file cannot become a session; the import turns it into a summary line. */
export class WorkoutRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string | null = null,
  ) {
    super(detail ?? reason)
    this.name = 'WorkoutRefusal'
  }
}
