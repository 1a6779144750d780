import type { ManualClock } from '../../../shared/domain/clock'
import type { BusySignal } from '../../../shared/domain/reminders'
import type { BusyAnswer, BusySource } from './ports'

/**
 * Test-only: the busy detectors as spans of simulated time ("a call from
 * 10:00 to 10:45 on the camera"). Every question is logged, so tests can
 * count how often the scheduler asked.
 */
export class FakeBusy implements BusySource {
  readonly checks: number[] = []
  private readonly spans: { start: number; end: number; signal: BusySignal }[] = []

  constructor(private readonly clock: ManualClock) {}

  between(start: number, end: number, signal: BusySignal = 'camera'): void {
    this.spans.push({ start, end, signal })
  }

  check(signals: readonly BusySignal[]): BusyAnswer {
    const now = this.clock.now()
    this.checks.push(now)
    const span = this.spans.find((s) => now >= s.start && now < s.end && signals.includes(s.signal))
    return span ? { state: 'busy', signal: span.signal } : { state: 'free' }
  }
}
