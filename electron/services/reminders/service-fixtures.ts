import type { EventName } from '../../../shared/contract'
import { ManualClock } from '../../../shared/domain/clock'
import { Core } from '../core'
import { berlinOffset, FakeIdle, FakeTimers, t } from './test-fixtures'

/**
 * Test-only: a Core on a real SQLite file in `dataDir`, on a simulated
 * Berlin machine whose reminder timers run only when `run` plays them.
 * Restart by calling it again on the same folder with the same clock.
 */
export function reminderCore(dataDir: string, start: string | number | ManualClock) {
  const clock =
    start instanceof ManualClock
      ? start
      : new ManualClock(typeof start === 'number' ? start : t(start), berlinOffset)
  const timers = new FakeTimers()
  const idle = new FakeIdle(clock)
  const events: { name: EventName; payload: unknown }[] = []
  const core = new Core({
    dataDir,
    clock,
    info: { name: 'Limber', version: '0.0.0-test', shell: 'browser' },
    emit: (name, payload) => events.push({ name, payload }),
    quit: () => undefined,
    timers,
    idle,
  })
  const reminders = () => {
    const r = core.reminders()
    if (!r) throw new Error('reminders are not running')
    return r
  }

  /** Plays every timer due up to `until` (Berlin wall time or epoch ms), each at its own time. */
  function run(until: string | number): void {
    const end = typeof until === 'number' ? until : t(until)
    for (let guard = 0; guard < 100_000; guard++) {
      const timer = timers.earliest()
      if (!timer || timer.at > end) break
      timers.clearTimer(timer.handle)
      clock.set(Math.max(clock.now(), timer.at))
      timer.fn()
    }
    clock.set(Math.max(clock.now(), end))
  }

  /** Names of the events emitted so far, in order. */
  const names = () => events.map((e) => e.name)

  return { core, clock, timers, idle, events, names, reminders, run }
}
