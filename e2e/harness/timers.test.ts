import { describe, expect, it } from 'vitest'
import { HarnessClock } from './clock'
import { HarnessIdle } from './idle'
import { HarnessTimers, type RealTimeouts } from './timers'

const START = Date.UTC(2026, 10, 23, 8, 0)
const MINUTE = 60_000

/** Real time under test control: timeouts run only when `pass(ms)` says so. */
function fakeRealTime() {
  let now = 1_000_000
  let next = 1
  const pending = new Map<number, { at: number; fn: () => void }>()
  const real: RealTimeouts = {
    setTimeout: (fn, ms) => {
      const h = next++
      pending.set(h, { at: now + ms, fn })
      return h
    },
    clearTimeout: (h) => pending.delete(h as number),
  }
  return {
    real,
    realNow: () => now,
    pending,
    pass(ms: number) {
      const end = now + ms
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].fn()
      }
      now = end
    },
  }
}

function setup(frozen = false) {
  const time = fakeRealTime()
  const clock = new HarnessClock(time.realNow)
  clock.set(START)
  if (frozen) clock.freeze()
  const timers = new HarnessTimers(clock, time.real)
  /** Each firing: which timer, and the harness time it saw. */
  const fired: [string, number][] = []
  const at = (label: string, ms: number) =>
    timers.setTimer(START + ms, () => fired.push([label, clock.now() - START]))
  return { time, clock, timers, fired, at }
}

describe('HarnessTimers', () => {
  it('fires with real time while the clock runs, and not before', () => {
    const { time, fired, at } = setup()
    at('a', 5 * MINUTE)
    time.pass(5 * MINUTE - 1)
    expect(fired).toEqual([])
    time.pass(1)
    expect(fired).toEqual([['a', 5 * MINUTE]])
  })

  it('fires each timer a clock jump passes at its own time, in order, then lands on the target', () => {
    const { clock, fired, at, timers } = setup()
    at('late', 40 * MINUTE)
    at('early', 10 * MINUTE)
    at('beyond', 90 * MINUTE)
    clock.advance(45 * MINUTE)
    expect(fired).toEqual([
      ['early', 10 * MINUTE],
      ['late', 40 * MINUTE],
    ])
    expect(clock.now()).toBe(START + 45 * MINUTE)
    expect(timers.size).toBe(1)
  })

  it('fires a timer armed from inside another when the same jump passes it', () => {
    const { clock, fired, timers } = setup()
    // A scheduler re-arms from its callback: the chain must keep up with the jump.
    const chain = (n: number) => {
      timers.setTimer(clock.now() + 15 * MINUTE, () => {
        fired.push([`tick ${n}`, clock.now() - START])
        if (n < 5) chain(n + 1)
      })
    }
    chain(1)
    clock.set(START + 50 * MINUTE)
    expect(fired).toEqual([
      ['tick 1', 15 * MINUTE],
      ['tick 2', 30 * MINUTE],
      ['tick 3', 45 * MINUTE],
    ])
  })

  it('on a frozen clock fires nothing until moved, except a timer already due', () => {
    const { time, clock, fired, at } = setup(true)
    at('future', MINUTE)
    at('now', 0)
    time.pass(10 * MINUTE)
    expect(fired).toEqual([['now', 0]])
    clock.advance(MINUTE)
    expect(fired).toEqual([
      ['now', 0],
      ['future', MINUTE],
    ])
  })

  it('forgets cleared timers, does nothing when the clock moves back, and stops on dispose', () => {
    const { time, clock, fired, at, timers } = setup()
    const cleared = at('cleared', 5 * MINUTE)
    at('kept', 10 * MINUTE)
    timers.clearTimer(cleared)
    clock.advance(-30 * MINUTE)
    expect(fired).toEqual([])
    clock.advance(40 * MINUTE)
    expect(fired).toEqual([['kept', 10 * MINUTE]])
    at('after dispose', 20 * MINUTE)
    timers.dispose()
    clock.advance(60 * MINUTE)
    time.pass(60 * MINUTE)
    expect(fired).toEqual([['kept', 10 * MINUTE]])
    expect(time.pending.size).toBe(0)
  })

  it('keeps at most one real timeout armed', () => {
    const { time, at } = setup()
    for (let i = 1; i <= 20; i++) at(`t${i}`, i * MINUTE)
    expect(time.pending.size).toBe(1)
  })
})

describe('HarnessIdle', () => {
  it('grows a set idle time with the clock and stays at zero once the user is back', () => {
    const clock = new HarnessClock(() => START)
    clock.freeze()
    const idle = new HarnessIdle(clock)
    expect(idle.idleSeconds()).toBe(0)
    idle.set(300)
    clock.advance(MINUTE)
    expect(idle.idleSeconds()).toBe(360)
    idle.set(0)
    clock.advance(10 * MINUTE)
    expect(idle.idleSeconds()).toBe(0)
    expect(() => {
      idle.set(-1)
    }).toThrow(RangeError)
  })
})
