import type { BusySignal, BusySupport } from '../../../../shared/domain/reminders'
import type { BusyAnswer, BusySource } from '../../../services/reminders/ports'

/** What one detector can say. "unknown" (no library, no permission, a timeout) counts as free. */
export type Reading = 'busy' | 'free' | 'unknown'

/** One platform signal (the active X11 window, /proc, the registry) behind one interface. */
export interface BusyDetector {
  readonly signal: BusySignal
  read(): Promise<Reading>
}

/** A detector that takes longer than this is "unknown": a reminder is never kept waiting on one. */
export const READ_TIMEOUT_MS = 2_000
/** A reading this recent answers again without asking the system. */
export const FRESH_MS = 5_000

/** Runs a detector so that it always settles, quickly, and never throws. */
export async function safeRead(d: BusyDetector, timeoutMs = READ_TIMEOUT_MS): Promise<Reading> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<Reading>((resolve) => {
    timer = setTimeout(() => {
      resolve('unknown')
    }, timeoutMs)
  })
  try {
    return await Promise.race([d.read().catch((): Reading => 'unknown'), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The scheduler's BusySource over this platform's detectors. It reads only
 * when asked (the scheduler asks only while a reminder is due or held): the
 * first question starts a reading and is answered "checking"; when the
 * reading lands, `onReading` tells the scheduler to look again.
 */
export class BusyMonitor implements BusySource {
  private last: { at: number; key: string; answer: BusyAnswer } | null = null
  private inFlight = false

  constructor(
    private readonly detectors: readonly BusyDetector[],
    private readonly supported: readonly BusySupport[],
    private readonly onReading: () => void,
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = READ_TIMEOUT_MS,
  ) {}

  check(signals: readonly BusySignal[], now: number): BusyAnswer {
    const key = signals.join(',')
    if (this.last && this.last.key === key && now - this.last.at < FRESH_MS) return this.last.answer
    const wanted = this.detectors.filter((d) => signals.includes(d.signal))
    if (wanted.length === 0) return { state: 'free' }
    if (!this.inFlight) void this.readAll(wanted, key)
    return { state: 'checking' }
  }

  support(): BusySupport[] {
    return [...this.supported]
  }

  private async readAll(detectors: readonly BusyDetector[], key: string): Promise<void> {
    this.inFlight = true
    try {
      const readings = await Promise.all(detectors.map((d) => safeRead(d, this.timeoutMs)))
      const busy = detectors.find((_, i) => readings[i] === 'busy')
      const answer: BusyAnswer = busy ? { state: 'busy', signal: busy.signal } : { state: 'free' }
      this.last = { at: this.now(), key, answer }
    } finally {
      this.inFlight = false
    }
    this.onReading()
  }
}
