import type { BusyAnswer, BusySource } from '../../electron/services/reminders/ports'
import { BusySignal, type BusySupport } from '../../shared/domain/reminders'

/**
 * The busy detectors, set by tests: "in a call on the camera" until told
 * otherwise. Every signal counts as readable here, so Settings shows its
 * switches as on a desktop that can read them all.
 */
export class HarnessBusy implements BusySource {
  private signal: BusySignal | null = null

  set(signal: BusySignal | null): void {
    this.signal = signal
  }

  current(): BusySignal | null {
    return this.signal
  }

  check(signals: readonly BusySignal[]): BusyAnswer {
    return this.signal !== null && signals.includes(this.signal)
      ? { state: 'busy', signal: this.signal }
      : { state: 'free' }
  }

  support(): BusySupport[] {
    return BusySignal.options.map((signal) => ({ signal, available: true, note: null }))
  }
}
