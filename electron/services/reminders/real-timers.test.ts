import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { systemOffsetMin, type Clock } from '../../../shared/domain/clock'
import { MAX_TIMEOUT_MS, realTimerPort } from './real-timers'

const DAY = 24 * 3_600_000
const clock: Clock = { now: () => Date.now(), utcOffsetMin: systemOffsetMin }

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 8) })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('realTimerPort', () => {
  it('fires at the absolute time asked for', () => {
    const fn = vi.fn()
    realTimerPort(clock).setTimer(Date.now() + 45 * 60_000, fn)
    vi.advanceTimersByTime(45 * 60_000 - 1)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
  })

  it('waits past setTimeout’s limit in hops instead of firing at once or early', () => {
    const fn = vi.fn()
    const start = Date.now()
    realTimerPort(clock).setTimer(start + 40 * DAY, fn)
    // Every hop stays within setTimeout's limit, which Node would turn into a 1 ms timeout.
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(MAX_TIMEOUT_MS)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(40 * DAY - MAX_TIMEOUT_MS - 1)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)
    expect(Date.now()).toBe(start + 40 * DAY)
  })

  it('fires a time already past as soon as possible, and never a cleared one', () => {
    const port = realTimerPort(clock)
    const past = vi.fn()
    const cleared = vi.fn()
    port.setTimer(Date.now() - 1000, past)
    const handle = port.setTimer(Date.now() + 40 * DAY, cleared)
    vi.advanceTimersByTime(MAX_TIMEOUT_MS + 10)
    port.clearTimer(handle)
    vi.advanceTimersByTime(40 * DAY)
    expect(past).toHaveBeenCalledTimes(1)
    expect(cleared).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})
