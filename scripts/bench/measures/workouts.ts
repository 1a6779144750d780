import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { threadedReader } from '../../../electron/services/workouts/reader-thread'
import { WORKOUT_FIXTURES } from '../../../electron/testing/workout-fixtures'
import { sourceReaderThread } from '../../../electron/testing/workout-reader'
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

const fixtureSources = () =>
  FILES.map((name) => ({ name, bytes: readFileSync(join(WORKOUT_FIXTURES, name)) }))

/** A Strava-style export of 1,000 FIT activities: the everyday fixtures, repeated. */
export function stravaZip(count = 1000): Promise<Buffer> {
  const sources = fixtureSources()
  return makeZip(
    Array.from({ length: count }, (_, i) => ({
      name: `activities/${String(i)}.fit`,
      bytes: sources[i % sources.length]?.bytes ?? '',
    })),
  )
}

const WARM_UP_ROUNDS = 10
const ROUNDS = 40

/**
 * FIT decode and import, per file, as the app does it (parsed on the reader
 * thread while main stores the file before), into a fresh journal each round
 * so every file is added, not "already there"; and a generated Strava-style
 * zip of 1,000 FIT activities imported end to end. The thread is started and
 * warmed first: the app keeps it between imports.
 */
export async function workoutMeasures(): Promise<Row[]> {
  const sources = fixtureSources()
  const workoutReader = threadedReader(sourceReaderThread)
  const perFile: number[] = []
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    const work = scratch('workouts')
    const core = openCore(work.dir, undefined, { workoutReader })
    try {
      const workouts = core.services().workouts
      const start = performance.now()
      const summary = await workouts.import(sources)
      const ms = performance.now() - start
      if (summary.added !== FILES.length) throw new Error(`only ${summary.added} files added`)
      if (round >= WARM_UP_ROUNDS) perFile.push(ms / FILES.length)
    } finally {
      core.close()
      work.cleanup()
    }
  }
  const zip = await stravaZip()
  const work = scratch('strava')
  const core = openCore(work.dir, undefined, { workoutReader })
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
