import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { WORKOUT_FIXTURES } from '../../../electron/testing/workout-fixtures'
import { makeZip } from '../../../electron/testing/zips'
import { openCore, scratch } from '../fixture'
import type { Row } from '../row'
import { summarize } from '../stats'

// The watch files of everyday size among the fixtures (5-120 KB).
const FILES = [
  'garmin-fenix-5-run.fit',
  'garmin-fenix-5-bike.fit',
  'garmin-fenix-5-walk.fit',
  'activity-small-fenix2-run.fit',
]

/**
 * FIT decode and import, per file, into a fresh journal each round (so every
 * file is added, not "already there"); and a generated Strava-style zip of
 * 1,000 FIT activities imported end to end.
 */
export async function workoutMeasures(): Promise<Row[]> {
  const sources = FILES.map((name) => ({ name, bytes: readFileSync(join(WORKOUT_FIXTURES, name)) }))
  const perFile: number[] = []
  for (let round = 0; round < 13; round++) {
    const work = scratch('workouts')
    const core = openCore(work.dir)
    try {
      const start = performance.now()
      const summary = await core.services().workouts.import(sources)
      const ms = performance.now() - start
      if (summary.added !== FILES.length) throw new Error(`only ${summary.added} files added`)
      if (round >= 3) perFile.push(ms / FILES.length)
    } finally {
      core.close()
      work.cleanup()
    }
  }
  const zip = await makeZip(
    Array.from({ length: 1000 }, (_, i) => {
      const source = sources[i % sources.length]
      return { name: `activities/${i}.fit`, bytes: source?.bytes ?? '' }
    }),
  )
  const work = scratch('strava')
  const core = openCore(work.dir)
  let zipMs: number
  try {
    const start = performance.now()
    const summary = await core.services().workouts.import([{ name: 'export_1000.zip', bytes: zip }])
    zipMs = performance.now() - start
    if (summary.added + summary.alreadyThere !== 1000)
      throw new Error('not every activity was read')
  } finally {
    core.close()
    work.cleanup()
  }
  return [
    {
      name: 'FIT decode + import, per file (5 ms = 200 files/s)',
      unit: 'ms',
      value: summarize(perFile),
      budget: { limit: 5, on: 'median' },
    },
    {
      name: 'Strava-style zip, 1,000 FIT activities',
      unit: 'ms',
      value: summarize([zipMs]),
      budget: { limit: 30_000, on: 'median' },
      note: 'the fixtures repeat, so 4 are added and 996 are already there; each is decoded',
    },
  ]
}
