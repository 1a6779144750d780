/**
 * Every time-dependent piece takes a clock, so tests can run days in
 * milliseconds and the browser harness can move time on demand.
 */
export interface Clock {
  /** UTC epoch milliseconds. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock that only moves when told to (tests, harness). */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current
  }
  set(epochMs: number): void {
    this.current = epochMs
  }
  advance(ms: number): void {
    this.current += ms
  }
}
