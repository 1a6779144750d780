/**
 * Whether the user is at the computer, from three sources: system sleep,
 * the lock screen and the idle time (polled). Any of them starts an
 * absence; it ends when all of them are over. On Linux Electron reports no
 * lock screen, so there the idle time alone says the user left.
 */

/** DESIGN.md: idle is polled at most every 15 s. */
export const MIN_POLL_MS = 15_000
/**
 * While the user is away, how often to look for their return. The return
 * can only be seen at a poll (the idle counter restarts with their first
 * input), so move then counts from that poll: within a minute is close
 * enough, and a lunch break costs 60 wakeups an hour instead of 240.
 */
export const AWAY_POLL_MS = 60_000

/** The end of an absence: when the user came back, and whether it was long enough to count as a break. */
export interface Return {
  at: number
  wasBreak: boolean
}

export class Presence {
  private asleep = false
  private locked = false
  private idleAway = false
  private awaySince: number | null = null
  private lastPollAt: number | null = null
  private lastIdleMs = 0

  /** Away for any reason: desk reminders wait. */
  get absent(): boolean {
    return this.awaySince !== null
  }

  /** Asleep or locked: nothing shows and idle is not polled. */
  get blocked(): boolean {
    return this.asleep || this.locked
  }

  /** Away by the idle clock only, which only a poll can end. */
  get idle(): boolean {
    return this.idleAway && !this.blocked
  }

  suspend(now: number): void {
    this.asleep = true
    this.awaySince ??= now
  }

  resume(now: number, thresholdMs: number): Return | null {
    this.asleep = false
    return this.locked ? null : this.end(now, thresholdMs)
  }

  lock(now: number): void {
    this.locked = true
    this.awaySince ??= now
  }

  unlock(now: number, thresholdMs: number): Return | null {
    this.locked = false
    return this.asleep ? null : this.end(now, thresholdMs)
  }

  /** A timer that ran this late means the machine slept without telling us. */
  missedSleep(since: number, now: number, thresholdMs: number): Return | null {
    if (this.absent) return null
    this.awaySince = since
    return this.end(now, thresholdMs)
  }

  mayPoll(now: number): boolean {
    return !this.blocked && (this.lastPollAt === null || now - this.lastPollAt >= MIN_POLL_MS)
  }

  /** Takes one idle reading; a reading below the threshold after an idle absence is the return. */
  recordPoll(now: number, idleSeconds: number, thresholdMs: number): Return | null {
    this.lastPollAt = now
    this.lastIdleMs = Math.max(0, idleSeconds) * 1000
    const lastInput = now - this.lastIdleMs
    if (this.lastIdleMs >= thresholdMs) {
      this.idleAway = true
      this.awaySince = Math.min(this.awaySince ?? lastInput, lastInput)
      return null
    }
    return this.idleAway ? this.end(lastInput, thresholdMs) : null
  }

  /**
   * The next idle reading worth taking. Away: every minute, to notice the
   * return. Present: not before the idle time could first reach the
   * threshold (threshold minus the idle time just read), which still catches
   * every absence at least 15 s longer than the threshold, at a fraction of
   * the wakeups of a fixed 15 s poll.
   */
  nextPollAt(now: number, thresholdMs: number): number {
    if (this.lastPollAt === null) return now
    const gap = this.idleAway ? AWAY_POLL_MS : Math.max(MIN_POLL_MS, thresholdMs - this.lastIdleMs)
    return Math.max(now, this.lastPollAt + gap)
  }

  private end(at: number, thresholdMs: number): Return | null {
    const since = this.awaySince
    this.awaySince = null
    this.idleAway = false
    return since === null ? null : { at, wasBreak: at - since >= thresholdMs }
  }
}
