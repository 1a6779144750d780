import { TZDate, tzOffset } from '@date-fns/tz'
import { format } from 'date-fns'
import { ManualClock } from '../../../shared/domain/clock'
import {
  defaultReminderSettings,
  ReminderRecord,
  ShownReminder,
  type ReminderKind,
  type ReminderSettings,
} from '../../../shared/domain/reminders'
import type { FiredReminder, HistorySink, IdleSource, ReminderSink, TimerPort } from './ports'
import { ReminderScheduler } from './scheduler'
import { FakeBusy } from './fake-busy'

/** Test-only: a simulated machine in Europe/Berlin that runs weeks in milliseconds. */
export const ZONE = 'Europe/Berlin'
const offsetCache = new Map<number, number>()
/**
 * Berlin's offset via @date-fns/tz. Memoised per quarter hour (every real
 * zone changes offset on a quarter hour) because Intl is slow enough to
 * dominate a simulated month.
 */
export function berlinOffset(at: number): number {
  const bucket = Math.floor(at / (15 * 60_000))
  let offset = offsetCache.get(bucket)
  if (offset === undefined) {
    offset = tzOffset(ZONE, new Date(at))
    offsetCache.set(bucket, offset)
  }
  return offset
}

/** "2026-03-02 09:45" (Berlin wall clock) → epoch ms. */
export function t(local: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local)
  if (!m) throw new Error(`Bad local time ${local}`)
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m.slice(1, 6).map(Number)
  const s = m[6] === undefined ? 0 : Number(m[6])
  return new TZDate(y, mo - 1, d, h, mi, s, ZONE).getTime()
}

/** Epoch ms → "2026-03-02 09:45" (seconds only when not zero). */
export function local(at: number): string {
  const d = new TZDate(at, ZONE)
  return format(d, d.getSeconds() === 0 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd HH:mm:ss')
}

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE

/** One-shot timers run in time order by `run`, with counts for the wakeup measure. */
export class FakeTimers implements TimerPort<number> {
  readonly armed = new Map<number, { at: number; fn: () => void }>()
  maxArmed = 0
  wakeups: number[] = []
  private nextHandle = 1

  setTimer(at: number, fn: () => void): number {
    const handle = this.nextHandle++
    this.armed.set(handle, { at, fn })
    this.maxArmed = Math.max(this.maxArmed, this.armed.size)
    return handle
  }

  clearTimer(handle: number): void {
    this.armed.delete(handle)
  }

  earliest(): { handle: number; at: number; fn: () => void } | null {
    let best: { handle: number; at: number; fn: () => void } | null = null
    for (const [handle, timer] of this.armed)
      if (!best || timer.at < best.at) best = { handle, ...timer }
    return best
  }
}

/** The user's presence as the OS idle counter reports it: 0 while active, growing while away. */
export class FakeIdle implements IdleSource {
  readonly polls: number[] = []
  private readonly away: { start: number; end: number }[] = []
  private awaySince: number | null = null

  constructor(private readonly clock: ManualClock) {}

  awayBetween(start: number, end: number): void {
    this.away.push({ start, end })
  }

  leave(): void {
    this.awaySince ??= this.clock.now()
  }

  comeBack(): void {
    this.awaySince = null
  }

  idleSeconds(): number {
    const now = this.clock.now()
    this.polls.push(now)
    const span = this.away.find((s) => now >= s.start && now < s.end)
    const since = span?.start ?? this.awaySince
    return since === null ? 0 : Math.floor((now - since) / 1000)
  }
}

export class Recorder implements ReminderSink, HistorySink {
  readonly shown: FiredReminder[] = []
  readonly withdrawn: string[] = []
  readonly rows: ReminderRecord[] = []
  /** The simulated user's reaction to a reminder, if any. */
  onShow: ((reminder: FiredReminder) => void) | null = null

  show(reminder: FiredReminder): void {
    // What the notification adapter gets must also be sendable over IPC as is.
    this.shown.push(ShownReminder.parse(reminder))
    this.onShow?.(reminder)
  }

  withdraw(id: string): void {
    this.withdrawn.push(id)
  }

  record(row: ReminderRecord): void {
    // Every row must be storable as is.
    this.rows.push(ReminderRecord.parse(row))
  }

  /** Local fire times of one kind. */
  times(kind: ReminderKind, from = 0, to = Number.MAX_SAFE_INTEGER): string[] {
    return this.shown
      .filter((r) => r.kind === kind && r.firedAt >= from && r.firedAt < to)
      .map((r) => local(r.firedAt))
  }

  last(kind: ReminderKind): FiredReminder {
    const found = this.shown.filter((r) => r.kind === kind).at(-1)
    if (!found) throw new Error(`No ${kind} reminder shown`)
    return found
  }
}

/** A small deterministic [0, 1) source (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = Math.imul(a ^ (a >>> 15), a | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A scheduler on a simulated machine. `run(until)` plays timers and queued
 * user actions in time order; `sleep(ms)` passes time with no timer running,
 * as a suspended laptop does.
 */
export function simulate(
  start: string | number,
  settings: ReminderSettings = defaultReminderSettings,
) {
  const clock = new ManualClock(typeof start === 'number' ? start : t(start), berlinOffset)
  const timers = new FakeTimers()
  const idle = new FakeIdle(clock)
  const busy = new FakeBusy(clock)
  const out = new Recorder()
  let ids = 0
  const scheduler = new ReminderScheduler({
    clock,
    timers,
    idle,
    busy,
    sink: out,
    history: out,
    settings,
    random: seeded(7),
    newId: () => `r${++ids}`,
  })
  const actions: { at: number; fn: () => void }[] = []
  scheduler.start()

  function run(until: string | number): void {
    const end = typeof until === 'number' ? until : t(until)
    for (let guard = 0; guard < 1_000_000; guard++) {
      const timer = timers.earliest()
      actions.sort((a, b) => a.at - b.at)
      const action = actions[0]
      const timerAt = timer && timer.at <= end ? timer.at : Infinity
      const actionAt = action && action.at <= end ? action.at : Infinity
      if (timerAt === Infinity && actionAt === Infinity) break
      // A user action at the same moment as a timer happens first.
      if (action && actionAt <= timerAt) {
        actions.shift()
        clock.set(Math.max(clock.now(), action.at))
        action.fn()
      } else if (timer) {
        timers.clearTimer(timer.handle)
        clock.set(Math.max(clock.now(), timer.at))
        timers.wakeups.push(clock.now())
        timer.fn()
      }
    }
    clock.set(Math.max(clock.now(), end))
  }

  return {
    clock,
    timers,
    idle,
    busy,
    out,
    scheduler,
    run,
    /** Queue something the user or the OS does at a time. */
    at(when: string | number, fn: () => void): void {
      actions.push({ at: typeof when === 'number' ? when : t(when), fn })
    },
    sleep(ms: number): void {
      clock.advance(ms)
    },
  }
}
