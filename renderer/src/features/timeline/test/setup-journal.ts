import { vi } from 'vitest'
import type { FakeBridge } from '@renderer/test/fake-bridge'
import { FakeJournalData } from './fake-journal-data'

/** Tests run on Tuesday 10 March 2026, local noon; only Date is faked, timers stay real. */
export const TEST_TODAY = '2026-03-10'

export function freezeToday(): void {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 10, 12, 0, 0) })
}

/** For renderApp's `setup`: installs the fake journal data, filled by `fill`. */
export function withJournalData(fill?: (data: FakeJournalData) => void) {
  let data: FakeJournalData | undefined
  return {
    setup: (bridge: FakeBridge) => {
      data = new FakeJournalData(bridge, TEST_TODAY)
      fill?.(data)
    },
    get data(): FakeJournalData {
      if (!data) throw new Error('renderApp has not run the setup yet')
      return data
    },
  }
}

/** Epoch ms for a local wall-clock time on a date (tests run with the machine's zone). */
export function localAt(date: string, time: string): number {
  return new Date(`${date}T${time}:00`).getTime()
}

/** The machine's offset at that moment, as main would store it. */
export function offsetAt(at: number): number {
  return -new Date(at).getTimezoneOffset() || 0
}
