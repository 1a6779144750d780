import { join } from 'node:path'
import { repoRoot } from '../../e2e/harness/paths'
import { ensureBuilt, snapshotRenderer } from './build'
import { scratch } from './fixture'
import type { Row } from './row'
import { printTable } from './table'

/**
 * Runs one browser measure on its own, as its `*-only.ts` script does:
 * builds the renderer if needed, snapshots it in a scratch folder, prints
 * the table and sets the exit code on an error.
 */
export function runAlone(
  prefix: string,
  measure: (workDir: string, rendererDir: string) => Promise<Row[]>,
): void {
  const work = scratch(prefix)
  const run = async () => {
    console.log(ensureBuilt(repoRoot(), console.log))
    const rendererDir = snapshotRenderer(repoRoot(), join(work.dir, 'renderer'))
    printTable(await measure(work.dir, rendererDir))
  }
  run()
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
    .finally(() => {
      work.cleanup()
    })
}
