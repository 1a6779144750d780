import type { TimerPort } from './ports'

/**
 * The scheduler's one timer. Arming it again replaces the previous one, so
 * there is never more than one armed; re-arming for the same time is a no-op.
 */
export class SingleTimer<H> {
  private armed: { handle: H; at: number; token: number } | null = null
  private token = 0

  constructor(
    private readonly timers: TimerPort<H>,
    private readonly onFire: (armedAt: number) => void,
  ) {}

  /** Arms for `target`, or as soon as possible if that is already past; null disarms. */
  arm(target: number | null, now: number): void {
    if (target === null) {
      this.disarm()
      return
    }
    // Armed for "now" rather than the past, so the lateness check on firing sees no sleep.
    const at = Math.max(target, now)
    if (this.armed?.at === at) return
    this.disarm()
    const token = ++this.token
    const handle = this.timers.setTimer(at, () => {
      // A cleared timer whose callback was already queued must not fire.
      if (this.armed?.token !== token) return
      this.armed = null
      this.onFire(at)
    })
    this.armed = { handle, at, token }
  }

  disarm(): void {
    if (this.armed) this.timers.clearTimer(this.armed.handle)
    this.armed = null
  }
}
