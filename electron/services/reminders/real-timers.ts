import type { Clock } from '../../../shared/domain/clock'
import type { TimerPort } from './ports'

/** setTimeout's largest delay (about 24.8 days); longer ones fire at once in Node and browsers. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1

/** A timer that may take several setTimeout hops to reach its time. */
export interface RealTimer {
  timeout: ReturnType<typeof setTimeout> | null
}

/**
 * The scheduler's timers on the real event loop. A time further off than
 * setTimeout can wait is reached in hops of the longest allowed delay, each
 * re-reading the clock, so a far-off reminder never fires early. Timers are
 * unref'd: a pending reminder alone never keeps a Node process alive.
 */
export function realTimerPort(clock: Clock): TimerPort<RealTimer> {
  return {
    setTimer(atMs, fn) {
      const timer: RealTimer = { timeout: null }
      const wait = () => {
        const delay = atMs - clock.now()
        timer.timeout = setTimeout(hop, Math.min(Math.max(delay, 0), MAX_TIMEOUT_MS))
        timer.timeout.unref()
      }
      const hop = () => {
        if (atMs - clock.now() > 0) {
          wait()
          return
        }
        timer.timeout = null
        fn()
      }
      wait()
      return timer
    },
    clearTimer(timer) {
      if (timer.timeout !== null) clearTimeout(timer.timeout)
      timer.timeout = null
    },
  }
}
