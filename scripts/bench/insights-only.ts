/** `npx tsx scripts/bench/insights-only.ts`: what a running experiment adds to Insights, alone (seeds the ten-year dataset, builds the renderer if needed). */
import { join } from 'node:path'
import { makeTemplate } from './fixture'
import { insightsExperimentMeasure } from './measures/insights-experiment'
import { runAlone } from './solo'

runAlone('insights', (dir, rendererDir) =>
  insightsExperimentMeasure(makeTemplate(join(dir, 'template')), join(dir, 'run'), rendererDir),
)
