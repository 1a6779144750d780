/** `npx tsx scripts/bench/workouts-renderer-only.ts`: the 1,000-activity import through the window, alone (builds the renderer if needed). */
import { join } from 'node:path'
import { stravaZip } from './measures/workouts'
import { workoutRendererMeasure } from './measures/workouts-renderer'
import { runAlone } from './solo'

runAlone('workouts-renderer', async (dir, rendererDir) =>
  workoutRendererMeasure(await stravaZip(), join(dir, 'run'), rendererDir),
)
