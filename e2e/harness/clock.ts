import { systemOffsetMin, type Clock } from '../../shared/domain/clock'

export interface ClockState {
  now: number
  frozen: boolean
  /** A fixed UTC offset in minutes, or null for the machine's own zone. */
  fixedOffsetMin: number | null
}

/**
 * The harness's clock: follows real time by default, shifted by whatever
 * tests set or advance it by; can be frozen so time stands still. Only the
 * main-side services see it; the page's own `Date` is Playwright's
 * `page.clock` business.
 */
export class HarnessClock implements Clock {
  private offset = 0
  private frozenAt: number | null = null
  private fixedOffset: number | null = null
  private readonly listeners = new Set<(state: ClockState) => void>()

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.frozenAt ?? this.realNow() + this.offset
  }

  utcOffsetMin(at: number): number {
    return this.fixedOffset ?? systemOffsetMin(at)
  }

  get frozen(): boolean {
    return this.frozenAt !== null
  }

  state(): ClockState {
    return { now: this.now(), frozen: this.frozen, fixedOffsetMin: this.fixedOffset }
  }

  /** Jumps to `epochMs`; a running clock keeps ticking from there. */
  set(epochMs: number): void {
    assertFinite(epochMs, 'set')
    if (this.frozenAt !== null) this.frozenAt = epochMs
    else this.offset = epochMs - this.realNow()
    this.changed()
  }

  /** Moves time forward (or back, with a negative `ms`). */
  advance(ms: number): void {
    assertFinite(ms, 'advance')
    if (this.frozenAt !== null) this.frozenAt += ms
    else this.offset += ms
    this.changed()
  }

  /** Stops time at the current instant. */
  freeze(): void {
    this.frozenAt = this.now()
    this.changed()
  }

  /** Lets a frozen clock tick again from where it stood. */
  resume(): void {
    if (this.frozenAt === null) return
    this.offset = this.frozenAt - this.realNow()
    this.frozenAt = null
    this.changed()
  }

  /**
   * Pretends the user is in a zone with this fixed UTC offset (minutes east,
   * e.g. +60), or back to the machine's zone with null. Travel, in a test.
   */
  setUtcOffset(minutes: number | null): void {
    if (minutes !== null && (!Number.isInteger(minutes) || Math.abs(minutes) > 14 * 60)) {
      throw new RangeError('A UTC offset is a whole number of minutes within ±14 hours')
    }
    this.fixedOffset = minutes
    this.changed()
  }

  /** Back to real time in the machine's zone. */
  reset(): void {
    this.offset = 0
    this.frozenAt = null
    this.fixedOffset = null
    this.changed()
  }

  /** Called after every change, so time-driven services can re-arm their timers. */
  onChange(listener: (state: ClockState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    const state = this.state()
    for (const listener of this.listeners) listener(state)
  }
}

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value))
    throw new RangeError(`clock.${what} needs a finite number of milliseconds`)
}
