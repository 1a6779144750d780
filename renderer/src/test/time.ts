import { vi } from 'vitest'

/** 2026-03-10 08:00 UTC: a Tuesday morning (tests run in UTC). */
export const MORNING = Date.parse('2026-03-10T08:00:00Z')

/** Tests run on Tuesday 10 March 2026, local noon; only Date is faked, timers stay real. */
export const TEST_TODAY = '2026-03-10'

/** Freezes the page's Date at TEST_TODAY's local noon; main's clock starts there too (installBridge). */
export function freezeToday(): void {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 10, 12, 0, 0) })
}

/** Epoch ms for a local wall-clock time on a date (tests run with the machine's zone). */
export function localAt(date: string, time: string): number {
  return new Date(`${date}T${time}:00`).getTime()
}
