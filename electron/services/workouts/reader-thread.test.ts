import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { useTestCores } from '../../testing/test-cores'
import { readAll, refusals, WORKOUT_FIXTURES } from '../../testing/workout-fixtures'
import { sourceReaderThread } from '../../testing/workout-reader'
import { makeZip } from '../../testing/zips'
import { readInThread, sessionsOf, type FileOutcome, type SourceReader } from './read-source'
import { threadedReader } from './reader-thread'

const fixtures = readdirSync(WORKOUT_FIXTURES).filter((f) => /\.(fit|gpx|tcx|xml)$/.test(f))
const raw = (name: string) => readFileSync(join(WORKOUT_FIXTURES, name))

/** A Strava-style zip of `count` everyday watch files (the fixtures repeat). */
function stravaZip(count: number): Promise<Buffer> {
  const files = [
    'garmin-fenix-5-run.fit',
    'garmin-fenix-5-bike.fit',
    'activity-small-fenix2-run.fit',
  ]
  return makeZip(
    Array.from({ length: count }, (_, i) => ({
      name: `activities/${String(i)}.fit`,
      bytes: raw(files[i % files.length] as string),
    })),
  )
}

// Each thread loads the parsers through tsx first: seconds on a busy machine.
describe('parsing workout files on a worker thread', { timeout: 60_000 }, () => {
  const newCore = useTestCores()

  it('reads every real recording exactly as the calling thread does', async () => {
    const sources = fixtures.map((name) => ({ name, bytes: raw(name) }))
    const threaded: FileOutcome[] = []
    await threadedReader(sourceReaderThread)(sources, (o) => {
      // Sessions cross as columns; read back, they are the same sessions.
      threaded.push(
        o.kind === 'packed'
          ? { kind: 'read', sourceName: o.sourceName, workouts: [...sessionsOf(o)] }
          : o,
      )
    })
    const inThread: FileOutcome[] = []
    for (const source of sources) inThread.push(...(await readAll(source)))
    expect(threaded).toEqual(inThread)
    expect(refusals(threaded)).toContain('cerknicko-without-times.gpx: no-timestamps')
  })

  it('keeps the calling thread free while a 300-activity zip is imported into a real journal', async () => {
    const zip = await stravaZip(300)
    const gaps = async (workoutReader?: SourceReader) => {
      const { core } = newCore(undefined, undefined, workoutReader ? { workoutReader } : {})
      const delay = monitorEventLoopDelay({ resolution: 5 })
      delay.enable()
      const summary = await core.services().workouts.import([{ name: 'export.zip', bytes: zip }])
      delay.disable()
      expect(summary.added + summary.alreadyThere).toBe(300)
      return delay.max / 1e6
    }
    const threaded = await gaps(threadedReader(sourceReaderThread))
    const inThread = await gaps()
    console.log(
      `event-loop max gap: threaded ${threaded.toFixed(1)} ms, in thread ${inThread.toFixed(1)} ms`,
    )
    // The renderer's budget for a long task is 50 ms; main answers its IPC within it.
    expect(threaded).toBeLessThan(50)
    expect(inThread).toBeGreaterThan(threaded)
  })

  it('Cancel keeps exactly what was stored and drops what was still on its way', async () => {
    const { core } = newCore(undefined, undefined, {
      workoutReader: threadedReader(sourceReaderThread),
    })
    const workouts = core.services().workouts
    const distinct = await makeZip(
      fixtures
        .filter((f) => f.endsWith('.fit') || f.endsWith('.tcx'))
        .map((name) => ({ name: `activities/${name}`, bytes: raw(name) })),
    )
    let seen = 0
    const summary = await workouts.importCancellable(
      [{ name: 'export.zip', bytes: distinct }],
      () => {
        if (++seen === 2) workouts.cancel()
      },
    )
    expect(summary.cancelled).toBe(true)
    const counted = summary.added + summary.alreadyThere + summary.refused.length
    expect(counted).toBe(2)
    expect(workouts.all()).toHaveLength(summary.added)
  })

  it('a reader thread that dies ends the import with a clear error; what was stored stays', async () => {
    const { core } = newCore(undefined, undefined, {
      workoutReader: threadedReader(() => new Worker('process.exit(3)', { eval: true })),
    })
    await expect(
      core.services().workouts.import([{ name: 'a.fit', bytes: raw('garmin-fenix-5-run.fit') }]),
    ).rejects.toThrow('The workout reader stopped (exit code 3).')
    expect(core.services().workouts.all()).toEqual([])
  })

  it('the calling-thread reader stays available (tests, tools) and gives the same summary', async () => {
    const outcomes: FileOutcome[] = []
    await readInThread([{ name: 'walk.fit', bytes: raw('garmin-fenix-5-walk.fit') }], (o) => {
      outcomes.push(o)
    })
    expect(refusals(outcomes)).toEqual(['walk.fit: read'])
  })
})

describe('one reader thread for every import', { timeout: 60_000 }, () => {
  it('a second import reuses the thread, and a thread stopped when idle is started again', async () => {
    let spawned = 0
    const read = threadedReader(() => {
      spawned++
      return sourceReaderThread()
    }, 200)
    const one = [{ name: 'run.fit', bytes: raw('garmin-fenix-5-run.fit') }]
    const outcomes: FileOutcome[] = []
    const sink = (o: FileOutcome) => {
      outcomes.push(o)
    }
    await read(one, sink)
    await read(one, sink)
    expect(spawned).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await read(one, sink)
    expect(spawned).toBe(2)
    expect(outcomes.map((o) => o.kind)).toEqual(['read', 'read', 'read'])
  })

  it('two imports at once each get only their own files', async () => {
    const read = threadedReader(sourceReaderThread)
    const a: FileOutcome[] = []
    const b: FileOutcome[] = []
    await Promise.all([
      read(
        [
          { name: 'run.fit', bytes: raw('garmin-fenix-5-run.fit') },
          { name: 'bike.fit', bytes: raw('garmin-fenix-5-bike.fit') },
        ],
        (o) => void a.push(o),
      ),
      read([{ name: 'walk.tcx', bytes: raw('walking_activity_1.tcx') }], (o) => void b.push(o)),
    ])
    const names = (list: FileOutcome[]) =>
      list.map((o) => (o.kind === 'refused' ? o.refused.sourceName : o.sourceName))
    expect(names(a)).toEqual(['run.fit', 'bike.fit'])
    expect(names(b)).toEqual(['walk.tcx'])
  })
})

describe('a Health export’s many sessions', { timeout: 60_000 }, () => {
  const newCore = useTestCores()

  it('cross as columns and are stored exactly as on one thread', async () => {
    // The sample's one Workout, repeated on 300 days.
    const sample = raw('apple-health-export6s3sample.xml').toString('utf8')
    const workout = /<Workout [^>]*\/>/.exec(sample)?.[0] ?? ''
    expect(workout).not.toBe('')
    const days = Array.from({ length: 300 }, (_, i) =>
      workout.replaceAll(
        '2016-04-02',
        new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
      ),
    )
    const xml = sample.replace(workout, days.join('\n'))
    const source = { name: 'export.xml', bytes: Buffer.from(xml) }
    const kinds: string[] = []
    const read = threadedReader(sourceReaderThread)
    const threaded = newCore(undefined, undefined, {
      workoutReader: (sources, sink, signal, onCount) =>
        read(
          sources,
          (o) => {
            kinds.push(o.kind)
            return sink(o)
          },
          signal,
          onCount,
        ),
    })
    const one = newCore()
    const a = await threaded.core.services().workouts.import([source])
    const b = await one.core.services().workouts.import([source])
    expect(kinds).toEqual(['packed'])
    expect(a).toEqual(b)
    const strip = (list: { id: string; importedAt: number }[]) =>
      list.map(({ id: _id, importedAt: _at, ...rest }) => rest)
    const stored = strip(threaded.core.services().workouts.all())
    expect(stored).toHaveLength(300)
    expect(stored).toEqual(strip(one.core.services().workouts.all()))
  })
})
