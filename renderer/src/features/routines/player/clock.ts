/**
 * The player's clocks: a monotonic one for timing (never jumps with the
 * wall clock) and the wall clock only to stamp the saved session.
 */
export interface PlayerClock {
  now(): number
  wallNow(): number
}

export const browserClock: PlayerClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
}

/** A monotonic instant as wall-clock epoch ms, measured back from now. */
export function toWallClock(monotonicMs: number, clock: PlayerClock): number {
  return Math.round(clock.wallNow() - (clock.now() - monotonicMs))
}

/** Minutes east of UTC at that instant (never -0). */
export function utcOffsetAt(at: number): number {
  return -new Date(at).getTimezoneOffset() || 0
}
