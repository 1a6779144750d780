import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import FitParser from 'fit-file-parser'
import { describe, expect, it } from 'vitest'
import { readAll, refusals, WORKOUT_FIXTURES, workoutFixture } from '../../testing/workout-fixtures'
import type { ParsedWorkout } from '../../../shared/domain/workouts/session'

async function onlyWorkout(name: string): Promise<ParsedWorkout> {
  const outcomes = await readAll(workoutFixture(name))
  expect(outcomes).toHaveLength(1)
  const [outcome] = outcomes
  if (outcome?.kind !== 'read') throw new Error(`${name} was refused: ${JSON.stringify(outcome)}`)
  expect(outcome.workouts).toHaveLength(1)
  return outcome.workouts[0] as ParsedWorkout
}

interface FitRecord {
  timestamp?: Date
  distance?: number
}

/** A second reading of a FIT file: its per-second records rather than its session summary. */
async function fitRecords(name: string): Promise<FitRecord[]> {
  const data = await new FitParser({ force: true }).parseAsync(
    readFileSync(join(WORKOUT_FIXTURES, name)),
  )
  return (data as { records?: FitRecord[] }).records ?? []
}

describe('FIT files from real devices', () => {
  const cases = [
    ['garmin-fenix-5-run.fit', 'running'],
    ['garmin-fenix-5-bike.fit', 'cycling'],
    ['garmin-fenix-5-walk.fit', 'walking'],
    ['activity-small-fenix2-run.fit', 'running'],
    ['2019-02-17-062644-ELEMNT-297E-195-0.fit', 'cycling'],
    ['coros-pace-2-cycling-misaligned-fields.fit', 'cycling'],
  ] as const
  it.each(cases)(
    '%s: start, duration and distance agree with its own records',
    async (name, sport) => {
      const workout = await onlyWorkout(name)
      const records = (await fitRecords(name)).filter((r) => r.timestamp)
      const first = (records[0]?.timestamp as Date).getTime()
      const last = (records.at(-1)?.timestamp as Date).getTime()
      const farthest = Math.max(...records.map((r) => r.distance ?? 0))
      expect(workout.sport).toBe(sport)
      expect(workout.format).toBe('fit')
      expect(workout.warning).toBeNull()
      // The summary's start is the first record's time, give or take the device's first fix.
      expect(Math.abs(workout.startedAt - first)).toBeLessThanOrEqual(60_000)
      // Elapsed time covers the recorded span (and pauses the records skip).
      expect(workout.elapsedSeconds).toBeGreaterThanOrEqual((last - first) / 1000 - 2)
      expect(workout.movingSeconds ?? 0).toBeLessThanOrEqual(workout.elapsedSeconds + 1)
      expect(workout.distanceMeters).toBeGreaterThan(0)
      expect(Math.abs((workout.distanceMeters ?? 0) - farthest)).toBeLessThanOrEqual(
        Math.max(5, farthest * 0.01),
      )
      expect(workout.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(workout.sourceName).toBe(name)
    },
  )

  it('takes heart rate and climb from the session and the zone from the activity message', async () => {
    const ride = await onlyWorkout('2019-02-17-062644-ELEMNT-297E-195-0.fit')
    expect(ride.avgHeartRate).toBeGreaterThan(60)
    expect(ride.maxHeartRate).toBeGreaterThanOrEqual(ride.avgHeartRate ?? 0)
    expect(ride.elevationGainMeters).toBeGreaterThan(0)
    // local_timestamp 20:59:59 against UTC 12:59:59.
    expect(ride.utcOffsetMinutes).toBe(480)
    // Stops are in the elapsed time, not the moving time.
    expect(ride.movingSeconds ?? Infinity).toBeLessThan(ride.elapsedSeconds)
  })
})

describe('TCX files', () => {
  it.each([
    ['running_activity_1.tcx', 'running'],
    // The walking file's own Activity says Sport="Other".
    ['walking_activity_1.tcx', 'other'],
  ] as const)('%s: laps add up to the session', async (name, sport) => {
    const text = readFileSync(join(WORKOUT_FIXTURES, name), 'utf8')
    const lapSeconds = [...text.matchAll(/<TotalTimeSeconds>([\d.]+)</g)].reduce(
      (s, m) => s + Number(m[1]),
      0,
    )
    const times = [...text.matchAll(/<Time>([^<]+)</g)].map((m) => Date.parse(m[1] as string))
    const workout = await onlyWorkout(name)
    expect(workout.sport).toBe(sport)
    expect(workout.startedAt).toBe(Math.min(...times))
    expect(workout.elapsedSeconds).toBe((Math.max(...times) - Math.min(...times)) / 1000)
    expect(workout.movingSeconds).toBeCloseTo(lapSeconds, 3)
    expect(workout.avgHeartRate).toBeGreaterThan(60)
    expect(workout.distanceMeters).toBeGreaterThan(1000)
  })
})

/** Equirectangular distance: a different formula from the importer's haversine. */
function flatMeters(points: [number, number][]): number {
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const [lat1, lon1] = points[i - 1] as [number, number]
    const [lat2, lon2] = points[i] as [number, number]
    const x = ((lon2 - lon1) * Math.PI * Math.cos(((lat1 + lat2) * Math.PI) / 360)) / 180
    const y = ((lat2 - lat1) * Math.PI) / 180
    total += 6_371_000 * Math.hypot(x, y)
  }
  return total
}

describe('GPX files', () => {
  it('korita-zbevnica.gpx: a session from its timed tracks, the untimed one left out with a note', async () => {
    const text = readFileSync(join(WORKOUT_FIXTURES, 'korita-zbevnica.gpx'), 'utf8')
    const timedPoints = [
      ...text.matchAll(
        /<trkpt lat="([\d.]+)" lon="([\d.]+)">(?:(?!<\/trkpt>)[\s\S])*?<time>([^<]+)</g,
      ),
    ]
    const times = timedPoints.map((m) => Date.parse(m[3] as string))
    const workout = await onlyWorkout('korita-zbevnica.gpx')
    expect(workout.startedAt).toBe(Math.min(...times))
    expect(workout.elapsedSeconds).toBe((Math.max(...times) - Math.min(...times)) / 1000)
    expect(workout.warning).toMatch(/without times left out/)
    const expected = flatMeters(timedPoints.map((m) => [Number(m[1]), Number(m[2])]))
    // Two tracks, so the flat reading also spans the gap between them: the importer's total is at most that.
    expect(workout.distanceMeters).toBeGreaterThan(expected * 0.9)
    expect(workout.distanceMeters).toBeLessThanOrEqual(expected * 1.001)
    expect(workout.utcOffsetMinutes).toBeNull()
  })

  it.each(['cerknicko-without-times.gpx', 'Mojstrovka.gpx'])(
    '%s: refused, it has no usable times',
    async (name) => {
      const outcomes = await readAll(workoutFixture(name))
      expect(refusals(outcomes)).toEqual([`${name}: no-timestamps`])
    },
  )
})

describe('Apple Health export', () => {
  it('takes its Workout element, with the zone its dates carry', async () => {
    const workout = await onlyWorkout('apple-health-export6s3sample.xml')
    // startDate="2016-04-02 10:40:38 +0100" endDate="2016-04-02 11:12:22 +0100" duration 31.7368 min
    expect(workout.startedAt).toBe(Date.UTC(2016, 3, 2, 9, 40, 38))
    expect(workout.utcOffsetMinutes).toBe(60)
    expect(workout.elapsedSeconds).toBe(31 * 60 + 44)
    expect(workout.movingSeconds).toBeCloseTo(31.73680251737436 * 60, 6)
    expect(workout.distanceMeters).toBe(0)
    expect(workout.format).toBe('health')
  })
})

describe('imperfect real FIT files', () => {
  it('the cut-off file is kept from its whole session summary, with a warning', async () => {
    const workout = await onlyWorkout('activity-unexpected-eof.fit')
    expect(workout.warning).toMatch(/cut off part-way/)
    expect(workout.elapsedSeconds).toBeGreaterThan(0)
  })

  it('the file whose second header is damaged is refused for that reason', async () => {
    const outcomes = await readAll(workoutFixture('activity-settings-corruptheader.fit'))
    expect(refusals(outcomes)).toEqual(['activity-settings-corruptheader.fit: corrupt-header'])
  })

  it('the Strava app file, shorter than its header says, is refused as cut off rather than guessed at', async () => {
    const outcomes = await readAll(workoutFixture('strava-android-app-201.10-b1218918.fit'))
    expect(refusals(outcomes)).toEqual(['strava-android-app-201.10-b1218918.fit: cut-off'])
  })
})
