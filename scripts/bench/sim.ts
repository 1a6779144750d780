import type { ManualClock } from '../../shared/domain/clock'
import type { ShownReminder } from '../../shared/domain/reminders'
import type { Core } from '../../electron/services/core'
import { RemindersService } from '../../electron/services/reminders/service'
import type { TimerPort } from '../../electron/services/reminders/ports'
import { FakeBusy } from '../../electron/services/reminders/fake-busy'
import { FakeIdle, FakeTimers } from '../../electron/services/reminders/test-fixtures'
import { rng, type Random } from './rng'

const MINUTE = 60_000

/** Timers that never fire: Core's own reminders and backups stay armed but idle while ours run. */
export const inertTimers: TimerPort<unknown> = { setTimer: () => 0, clearTimer: () => undefined }

/** Wall-clock time in the process's zone (the child sets TZ=Europe/Berlin: a DST change included). */
function at(day: Date, hh: number, mm = 0): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hh, mm).getTime()
}

/**
 * A month at a desk with the app's default reminder settings, running the
 * real reminders service (its SQLite history, settings store and check-ins)
 * on simulated timers: workdays at the desk with a lunch and a coffee break
 * away, a call every workday and a presentation twice a week (reminders
 * held while busy), the laptop suspended overnight and on most of the weekend, two
 * evenings a week at the computer. The user answers most reminders within
 * minutes, sometimes snoozes or skips. Timers fire in time order; while the
 * machine is suspended none fire, as on a real laptop.
 */
export class DeskMonth {
  readonly timers = new FakeTimers()
  readonly idle: FakeIdle
  readonly busy: FakeBusy
  readonly service: RemindersService
  private readonly actions: { at: number; fn: () => void }[] = []
  private suspended = false
  private readonly random: Random

  /** `core` must run on `clock` (so check-ins and history agree on the day) with inert timers. */
  constructor(
    core: Core,
    readonly clock: ManualClock,
    seed: number,
  ) {
    this.idle = new FakeIdle(this.clock)
    this.busy = new FakeBusy(this.clock)
    this.random = rng(seed)
    let ids = 0
    this.service = new RemindersService({
      db: core.storage.connection(),
      clock: this.clock,
      timers: this.timers,
      idle: this.idle,
      busy: this.busy,
      checkIns: core.services().checkIns,
      random: this.random,
      newId: () => `sim-${seed}-${++ids}`,
    })
    this.service.onShown((r) => {
      this.answer(r)
    })
    this.service.start()
  }

  /** Plays `days` local days from the clock's current day. */
  run(days: number): void {
    const first = new Date(this.clock.now())
    for (let d = 0; d < days; d++) {
      const day = new Date(first.getFullYear(), first.getMonth(), first.getDate() + d)
      this.planDay(day)
    }
    const end = at(new Date(first.getFullYear(), first.getMonth(), first.getDate() + days), 0)
    this.playUntil(end)
  }

  private planDay(day: Date): void {
    const weekday = day.getDay()
    const sessions: [number, number][] =
      weekday === 0 || weekday === 6
        ? [[at(day, 10), at(day, 11, 30)]]
        : weekday === 2 || weekday === 4
          ? [
              [at(day, 8, 50), at(day, 17, 40)],
              [at(day, 20, 30), at(day, 22, 40)],
            ]
          : [[at(day, 8, 50), at(day, 17, 40)]]
    for (const [from, to] of sessions) {
      this.schedule(from, () => {
        if (this.suspended) this.service.systemResumed()
        this.suspended = false
        this.service.screenUnlocked()
      })
      this.schedule(to, () => {
        this.service.screenLocked()
      })
      this.schedule(to + 5 * MINUTE, () => {
        this.service.systemSuspended()
        this.suspended = true
      })
    }
    if (weekday !== 0 && weekday !== 6) {
      this.idle.awayBetween(at(day, 12, 30), at(day, 13, 15))
      this.idle.awayBetween(at(day, 15), at(day, 15, 10))
      // Busy polling on: a daily 45-minute call, and a full-screen presentation twice a week.
      this.busy.between(at(day, 10, 20), at(day, 11, 5), 'camera')
      if (weekday === 2 || weekday === 4) this.busy.between(at(day, 14), at(day, 15), 'fullscreen')
    }
  }

  /** Most reminders are acted on within minutes; some are snoozed, skipped or left. */
  private answer(r: ShownReminder): void {
    const roll = this.random()
    const delay = (1 + Math.floor(this.random() * 4)) * MINUTE
    const respond = (response: Parameters<RemindersService['respond']>[1]) => {
      this.schedule(this.clock.now() + delay, () => void this.service.respond(r.id, response))
    }
    if (roll < 0.1) respond({ type: 'snoozed', minutes: 10 })
    else if (roll < 0.15) respond({ type: 'skipped' })
    else if (roll < 0.2) return
    else if (r.kind === 'bedtime' || r.kind === 'warm_up') respond({ type: 'routine_started' })
    else if (r.kind === 'morning_checkin') respond({ type: 'dismissed' })
    else respond({ type: 'done' })
  }

  private schedule(when: number, fn: () => void): void {
    this.actions.push({ at: when, fn })
  }

  private playUntil(end: number): void {
    for (;;) {
      this.actions.sort((a, b) => a.at - b.at)
      const action = this.actions[0]
      const timer = this.suspended ? null : this.timers.earliest()
      const actionAt = action && action.at <= end ? action.at : Infinity
      const timerAt = timer && timer.at <= end ? timer.at : Infinity
      if (actionAt === Infinity && timerAt === Infinity) break
      if (action && actionAt <= timerAt) {
        this.actions.shift()
        this.clock.set(Math.max(this.clock.now(), action.at))
        action.fn()
      } else if (timer) {
        this.timers.clearTimer(timer.handle)
        this.clock.set(Math.max(this.clock.now(), timer.at))
        this.timers.wakeups.push(this.clock.now())
        timer.fn()
      }
    }
    this.clock.set(Math.max(this.clock.now(), end))
  }

  /** Drops the simulation's own logs (wakeup and poll times), which are not the app's memory. */
  forgetLogs(): void {
    this.timers.wakeups.length = 0
    this.idle.polls.length = 0
    this.busy.checks.length = 0
  }
}
