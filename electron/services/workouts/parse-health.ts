import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import type { ParsedWorkout } from '../../../shared/domain/workouts/session'
import { WorkoutRefusal } from './refusal'
import { sportFromName } from './sport'

// "2016-04-02 10:40:38 +0100": Apple Health's own date format.
const HEALTH_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/
const SECONDS_PER: Record<string, number> = { s: 1, sec: 1, min: 60, hr: 3600, h: 3600 }
const METERS_PER: Record<string, number> = { m: 1, km: 1000, mi: 1609.344, ft: 0.3048, yd: 0.9144 }

function healthDate(text: string | undefined): { at: number; offset: number } | null {
  const m = text ? HEALTH_DATE.exec(text) : null
  if (!m) return null
  const n = (i: number) => Number(m[i])
  const offset = (m[7] === '-' ? -1 : 1) * (n(8) * 60 + n(9))
  const local = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6))
  return { at: local - offset * 60_000, offset }
}

function amount(
  value: string | undefined,
  unit: string | undefined,
  table: Record<string, number>,
): number | null {
  const n = value === undefined ? Number.NaN : Number(value)
  const factor = unit ? table[unit] : undefined
  return Number.isFinite(n) && n >= 0 && factor !== undefined ? n * factor : null
}

interface Open {
  attributes: Record<string, string>
  avgHeartRate: number | null
  maxHeartRate: number | null
}

function toWorkout(open: Open, sourceName: string): ParsedWorkout | null {
  const a = open.attributes
  const start = healthDate(a.startDate)
  const end = healthDate(a.endDate)
  if (!start || !end || end.at < start.at) return null
  // Apple's duration leaves out pauses; start to end includes them.
  const moving = amount(a.duration, a.durationUnit, SECONDS_PER)
  const identity = [a.workoutActivityType, a.startDate, a.endDate, a.sourceName, a.duration].join(
    '|',
  )
  return {
    sport: sportFromName(a.workoutActivityType?.replace('HKWorkoutActivityType', '')),
    format: 'health',
    startedAt: start.at,
    utcOffsetMinutes: start.offset,
    elapsedSeconds: (end.at - start.at) / 1000,
    movingSeconds: moving,
    distanceMeters: amount(a.totalDistance, a.totalDistanceUnit, METERS_PER),
    elevationGainMeters: null,
    avgHeartRate: open.avgHeartRate,
    maxHeartRate: open.maxHeartRate,
    effort: null,
    sourceName,
    // Health exports are re-made whole each time, so a workout is known by its own fields, not by the file.
    contentHash: createHash('sha256').update(`health:${identity}`).digest('hex'),
    sessionIndex: 0,
    warning: null,
  }
}

/**
 * Streams an Apple Health export.xml through saxes and yields its Workout
 * elements; the rest of the (often gigabytes of) records is never kept. saxes
 * has no DTD support, so an entity the export declares is never expanded: any
 * <!ENTITY in the internal subset is refused outright.
 */
export async function parseHealth(stream: Readable, sourceName: string): Promise<ParsedWorkout[]> {
  const parser = new SaxesParser({ xmlns: false })
  const workouts: ParsedWorkout[] = []
  let open: Open | null = null
  let sawRoot = false
  // Held in an object: the handlers below set it, which flow analysis cannot see.
  const state: { failure: WorkoutRefusal | null } = { failure: null }
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype))
      state.failure ??= new WorkoutRefusal('unsafe-xml', 'The export declares entities.')
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (!sawRoot && tag.name !== 'HealthData') {
      state.failure ??= new WorkoutRefusal(
        'not-a-workout',
        `The XML root is <${tag.name}>, not an Apple Health export.`,
      )
    }
    sawRoot = true
    if (tag.name === 'Workout')
      open = { attributes: tag.attributes, avgHeartRate: null, maxHeartRate: null }
    else if (
      open &&
      tag.name === 'WorkoutStatistics' &&
      /HeartRate$/.test(tag.attributes.type ?? '')
    ) {
      open.avgHeartRate = positive(tag.attributes.average)
      open.maxHeartRate = positive(tag.attributes.maximum)
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.name !== 'Workout' || !open) return
    const workout = toWorkout(open, sourceName)
    if (workout) workouts.push(workout)
    open = null
  })
  let closing = false
  parser.on('error', (error) => {
    const reason = /undefined entity/i.test(error.message)
      ? 'unsafe-xml'
      : closing
        ? 'cut-off'
        : 'not-a-workout'
    state.failure ??= new WorkoutRefusal(reason, error.message)
  })
  // A decoder keeps a character split across two chunks whole.
  const decoder = new StringDecoder('utf8')
  for await (const chunk of stream) {
    parser.write(decoder.write(chunk as Buffer))
    if (state.failure) break
  }
  if (!state.failure) {
    closing = true
    parser.write(decoder.end())
    parser.close()
  }
  if (state.failure) {
    stream.destroy()
    throw state.failure
  }
  if (workouts.length === 0)
    throw new WorkoutRefusal('not-a-workout', 'The export holds no workouts.')
  return workouts
}

function positive(text: string | undefined): number | null {
  const n = Number(text)
  return Number.isFinite(n) && n > 0 ? n : null
}
