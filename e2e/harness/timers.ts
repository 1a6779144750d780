import type { TimerPort } from '../../electron/services/reminders/ports'
import type { HarnessClock } from './clock'

/** setTimeout's largest delay; a longer wait is re-armed when it ends. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1
/** A runaway loop (a timer re-arming itself for "now") stops here and yields to the event loop. */
const MAX_FIRINGS_PER_RUN = 10_000

export interface RealTimeouts {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const nodeTimeouts: RealTimeouts = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
}

/**
 * The reminders' timers on the harness clock. While the clock runs, a timer
 * fires when the clock reaches its time; when a test sets or advances the
 * clock past timers, each fires at its own time, in order, with the clock
 * stepped there first, as if that stretch had passed with the computer
 * awake. (Sleep is simulated separately, with the power control.) A frozen
 * clock fires nothing until it is moved, except timers already due.
 */
export class HarnessTimers implements TimerPort<number> {
  private readonly timers = new Map<number, { at: number; fn: () => void }>()
  private nextHandle = 1
  private running = false
  private realHandle: unknown = null
  /** The clock's time when last looked at: where a jump started from, give or take real time. */
  private lastSeen: number
  private readonly stopListening: () => void

  constructor(
    private readonly clock: HarnessClock,
    private readonly real: RealTimeouts = nodeTimeouts,
  ) {
    this.lastSeen = clock.now()
    this.stopListening = clock.onChange(() => {
      // Stepping moves the clock itself; those moves are not new requests.
      if (!this.running) this.runDue()
    })
  }

  /** How many timers are armed (tests). */
  get size(): number {
    return this.timers.size
  }

  setTimer(atMs: number, fn: () => void): number {
    const handle = this.nextHandle++
    this.timers.set(handle, { at: atMs, fn })
    this.armReal()
    return handle
  }

  clearTimer(handle: number): void {
    this.timers.delete(handle)
    this.armReal()
  }

  /** Stops listening to the clock and drops every timer (the harness is closing). */
  dispose(): void {
    this.stopListening()
    this.timers.clear()
    this.disarmReal()
  }

  /** Fires every timer due by the clock's current time, earliest first. */
  private runDue(): void {
    if (this.running) return
    this.running = true
    const target = this.clock.now()
    // Time only moves forward while stepping: a timer already overdue fires where the jump began.
    let floor = Math.min(this.lastSeen, target)
    let stepped = false
    try {
      for (let fired = 0; fired < MAX_FIRINGS_PER_RUN; fired++) {
        const next = this.earliest()
        if (!next || next.at > target) break
        this.timers.delete(next.handle)
        floor = Math.max(floor, next.at)
        if (floor !== this.clock.now()) {
          this.clock.set(floor)
          stepped = true
        }
        next.fn()
      }
    } finally {
      if (stepped) this.clock.set(target)
      this.lastSeen = this.clock.now()
      this.running = false
      this.armReal()
    }
  }

  private earliest(): { handle: number; at: number; fn: () => void } | null {
    let best: { handle: number; at: number; fn: () => void } | null = null
    for (const [handle, timer] of this.timers) {
      if (!best || timer.at < best.at) best = { handle, ...timer }
    }
    return best
  }

  /** One real timeout for the earliest timer, when real time can reach it. */
  private armReal(): void {
    if (this.running) return
    this.disarmReal()
    const next = this.earliest()
    if (!next) return
    const delay = next.at - this.clock.now()
    if (this.clock.frozen && delay > 0) return
    this.realHandle = this.real.setTimeout(
      () => {
        this.realHandle = null
        this.runDue()
      },
      Math.min(Math.max(delay, 0), MAX_TIMEOUT_MS),
    )
  }

  private disarmReal(): void {
    if (this.realHandle !== null) this.real.clearTimeout(this.realHandle)
    this.realHandle = null
  }
}
