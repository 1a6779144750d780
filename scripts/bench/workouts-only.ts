/** `npx tsx scripts/bench/workouts-only.ts`: the workout import figures alone, without seeding the ten-year dataset. */
import { workoutMeasures } from './measures/workouts'
import { printTable } from './table'

workoutMeasures()
  .then((rows) => {
    printTable(rows)
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
