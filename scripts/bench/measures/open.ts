import type { Core } from '../../../electron/services/core'
import { openCore, type Template } from '../fixture'
import type { Row } from '../row'
import { timeEach } from '../stats'

/**
 * Opening the ten-year database as the app does at launch: inspect it
 * (quick_check, on an in-memory image), open with the pragmas, migrate,
 * build the services, arm the reminders' timer (Core does on open), and
 * load the settings the first window asks for. Closing is left out.
 */
export function openMeasure(template: Template, dataDir: string): Row[] {
  template.copyTo(dataDir)
  const value = timeEach(
    () => ({ core: null as Core | null }),
    (state) => {
      state.core = openCore(dataDir)
      state.core.services().settings.get()
      if (!state.core.reminders()?.state().snapshot) throw new Error('the reminders did not start')
    },
    (state) => state.core?.close(),
    { warmup: 3, runs: 20 },
  )
  return [
    {
      name: 'open ten-year DB (inspect, migrate, settings, arm)',
      unit: 'ms',
      value,
      budget: { limit: 150, on: 'median' },
    },
  ]
}
