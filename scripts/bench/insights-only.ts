/** `npx tsx scripts/bench/insights-only.ts`: what a running experiment adds to Insights, alone (seeds the ten-year dataset, builds the renderer if needed). */
import { join } from 'node:path'
import { repoRoot } from '../../e2e/harness/paths'
import { ensureBuilt, snapshotRenderer } from './build'
import { makeTemplate, scratch } from './fixture'
import { insightsExperimentMeasure } from './measures/insights-experiment'
import { printTable } from './table'

async function main(): Promise<void> {
  const root = repoRoot()
  const work = scratch('insights')
  try {
    console.log(ensureBuilt(root, console.log))
    const rendererDir = snapshotRenderer(root, join(work.dir, 'renderer'))
    const template = makeTemplate(join(work.dir, 'template'))
    printTable(await insightsExperimentMeasure(template, join(work.dir, 'run'), rendererDir))
  } finally {
    work.cleanup()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
