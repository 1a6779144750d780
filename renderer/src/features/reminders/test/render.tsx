import { renderApp } from '@renderer/test/render-app'
import type { FakeBridge } from '@renderer/test/fake-bridge'
import { fakeRoutines } from '@renderer/features/routines/test/fake-routines'

/** A Tuesday at 08:00 local time: a working day with the whole day's reminders ahead. */
export const TUESDAY_8AM = new Date(2026, 2, 10, 8, 0).getTime()

/** The whole app at `path`, with main's reminders at a fixed moment and the routines answering. */
export function renderWithReminders(
  path: string,
  options: { setup?: (bridge: FakeBridge) => void; welcomeDone?: boolean } = {},
) {
  return renderApp({
    path,
    settings: { welcomeDone: options.welcomeDone ?? true },
    setup: (bridge) => {
      bridge.reminders.now = () => TUESDAY_8AM
      fakeRoutines(bridge)
      options.setup?.(bridge)
    },
  })
}
