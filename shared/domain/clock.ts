/**
 * Every time-dependent piece takes a clock, so tests can run days in
 * milliseconds and the browser harness can move time on demand.
 */
export interface Clock {
  /** UTC epoch milliseconds. */
  now(): number
  /** Minutes east of UTC at that instant in the user's time zone (+60 for CET). */
  utcOffsetMin(at: number): number
}

/** The machine's own zone, as the OS reports it (DST included). */
export function systemOffsetMin(at: number): number {
  // getTimezoneOffset is minutes *behind* UTC; `|| 0` turns -0 into 0.
  return -new Date(at).getTimezoneOffset() || 0
}

export const systemClock: Clock = { now: () => Date.now(), utcOffsetMin: systemOffsetMin }

/** A clock that only moves when told to (tests, harness). */
export class ManualClock implements Clock {
  constructor(
    private current: number,
    private readonly offset: (at: number) => number = systemOffsetMin,
  ) {}
  now(): number {
    return this.current
  }
  utcOffsetMin(at: number): number {
    return this.offset(at)
  }
  set(epochMs: number): void {
    this.current = epochMs
  }
  advance(ms: number): void {
    this.current += ms
  }
}
