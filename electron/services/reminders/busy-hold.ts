import {
  activeSignals,
  type BusySettings,
  type BusySignal,
  type ReminderKind,
} from '../../../shared/domain/reminders'
import type { BusyAnswer, BusySource } from './ports'

const MINUTE = 60_000
/** While a reminder is held, how often to look again: it shows within a minute of the busy time's end. */
export const BUSY_POLL_MS = 60_000
/** A reading under way is looked at again this soon (the detectors give up after a few seconds). */
export const CHECK_RETRY_MS = 3_000

/** A source that is never busy: no detectors (tests, the browser harness by default). */
export const neverBusy: BusySource = { check: () => ({ state: 'free' }) }

/**
 * The reminders waiting because the user is busy (issue 17). The busy source
 * is asked only while a reminder would show, at most once per wakeup, and
 * then once a minute while one is held: never on a steady tick. A reminder
 * is held for `maxHoldMin` at most, so a detector stuck on "busy" never
 * keeps it back for good; "unknown" counts as not busy.
 */
export class BusyHolds {
  private readonly held = new Map<ReminderKind, { since: number; signal: BusySignal }>()
  private answer: BusyAnswer | null = null
  private checking = false
  private nextCheckAt: number | null = null

  constructor(private readonly source: BusySource) {}

  /** Starts one wakeup's evaluation: the source is asked afresh, at most once. */
  begin(): void {
    this.answer = null
    this.checking = false
  }

  /** Ends it: when to look again, if anything is held or a reading is under way. */
  end(now: number): void {
    if (this.checking) this.nextCheckAt = now + CHECK_RETRY_MS
    else this.nextCheckAt = this.held.size > 0 ? now + BUSY_POLL_MS : null
  }

  /** True when a reminder that would show now waits instead. */
  mustWait(kind: ReminderKind, now: number, settings: BusySettings): boolean {
    const signals = activeSignals(settings)
    const prior = this.held.get(kind)
    if (signals.length === 0 || (prior && now - prior.since >= settings.maxHoldMin * MINUTE)) {
      return false
    }
    this.answer ??= this.source.check(signals, now)
    if (this.answer.state === 'free') return false
    if (this.answer.state === 'checking') {
      this.checking = true
      return true
    }
    this.held.set(kind, { since: prior?.since ?? now, signal: this.answer.signal })
    return true
  }

  isHeld(kind: ReminderKind): boolean {
    return this.held.has(kind)
  }

  /** What held it, if anything; it is no longer held. */
  release(kind: ReminderKind): BusySignal | null {
    const prior = this.held.get(kind)
    this.held.delete(kind)
    return prior?.signal ?? null
  }

  /** Each held reminder and why, for the snapshot and the Settings preview. */
  list(): { kind: ReminderKind; signal: BusySignal }[] {
    return [...this.held].map(([kind, h]) => ({ kind, signal: h.signal }))
  }

  /** A reading just finished: look at it now rather than at the retry. */
  readingDone(now: number): boolean {
    if (this.nextCheckAt === null) return false
    this.nextCheckAt = now
    return true
  }

  wakeAt(): number | null {
    return this.nextCheckAt
  }
}
