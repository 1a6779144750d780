import type { Core } from '../../../electron/services/core'
import { openCore, scratch } from '../fixture'
import type { Row } from '../row'
import { timeEach, timeSync } from '../stats'

const BUDGET = { limit: 2000, on: 'median' } as const

/**
 * Export everything to JSON (the file the user saves) and import that file
 * into an empty database, each through the transfer service the IPC calls.
 */
export function transferMeasures(core: Core): Row[] {
  const { transfer } = core.services()
  const exported = () => transfer.render('json').content
  const content = exported()
  const kb = (Buffer.byteLength(content) / 1024).toFixed(0)
  const exportMs = timeSync(exported, { warmup: 1, runs: 7 })
  const importMs = timeEach(
    () => {
      const folder = scratch('import')
      return { folder, core: openCore(folder.dir) }
    },
    (state) => {
      const summary = state.core.services().transfer.import(content)
      if (summary.episodes.added === 0) throw new Error('the import added nothing')
    },
    (state) => {
      state.core.close()
      state.folder.cleanup()
    },
    // Each import writes ten years into a new file: few runs keep the bench within minutes.
    { warmup: 1, runs: 4 },
  )
  return [
    {
      name: 'export everything to JSON',
      unit: 'ms',
      value: exportMs,
      budget: BUDGET,
      note: `${kb} KB file`,
    },
    { name: 'import it into an empty database', unit: 'ms', value: importMs, budget: BUDGET },
  ]
}
