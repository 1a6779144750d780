import type { IdleSource } from '../../electron/services/reminders/ports'
import type { Clock } from '../../shared/domain/clock'

/**
 * The system idle counter, set by tests. Like the OS's, a non-zero reading
 * keeps growing with the (harness) clock: "idle for 300 s" now is 360 s a
 * minute later. Zero means the user is at the keyboard and stays there.
 */
export class HarnessIdle implements IdleSource {
  private lastInputAt: number | null = null

  constructor(private readonly clock: Clock) {}

  /** The user last touched the keyboard or mouse `seconds` ago (0: just now, and still active). */
  set(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError('Idle time is a number of seconds, 0 or more')
    this.lastInputAt = seconds === 0 ? null : this.clock.now() - seconds * 1000
  }

  idleSeconds(): number {
    if (this.lastInputAt === null) return 0
    return Math.max(0, Math.floor((this.clock.now() - this.lastInputAt) / 1000))
  }
}
