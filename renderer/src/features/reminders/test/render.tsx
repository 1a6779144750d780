import { defaultReminderSettings, type ReminderKind } from '@shared/domain/reminders'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'

/** A Tuesday at 07:30 local time: a working day with the whole day's reminders ahead. */
export const TUESDAY_EARLY = new Date(2026, 2, 10, 7, 30).getTime()

/** The whole app at `path`, with main's clock (and so its reminders) at TUESDAY_EARLY. */
export function renderWithReminders(
  path: string,
  options: { setup?: (bridge: TestBridge) => void; welcomeDone?: boolean } = {},
) {
  return renderApp({
    path,
    now: TUESDAY_EARLY,
    settings: { welcomeDone: options.welcomeDone ?? true },
    ...(options.setup ? { setup: options.setup } : {}),
  })
}

/** Saves reminder settings with only these kinds on (through main's reminders service). */
export function onlyReminders(bridge: TestBridge, ...kinds: ReminderKind[]): void {
  const settings = structuredClone(defaultReminderSettings)
  for (const kind of ['move', 'hydrate', 'bedtime', 'warm_up', 'morning_checkin'] as const) {
    settings[kind].enabled = kinds.includes(kind)
  }
  bridge.reminders.saveSettings(settings)
}
