import { DOMParser } from '@xmldom/xmldom'
import { gpx, tcx } from '@tmcw/togeojson'
import type { ParsedWorkout } from '../../../shared/domain/workouts/session'
import { trackTotals, type TrackPoint } from './geo'
import type { FileIdentity } from './parse-fit'
import { WorkoutRefusal } from './refusal'
import { sportFromName } from './sport'
import { refuseDeclaredEntities } from './xml-guard'

// Times before this are a device's "no fix yet" placeholders (Mojstrovka.gpx
// carries 1901-12-13, the lowest 32-bit Unix time), never a real workout.
const EARLIEST_REAL_TIME = Date.UTC(1980, 0, 1)

type Doc = Parameters<typeof gpx>[0]
interface TrackProperties {
  totalTimeSeconds?: number
  distanceMeters?: number
  avgHeartRate?: number
  maxHeartRate?: number
  type?: string
  coordinateProperties?: {
    times?: (string | null)[] | (string | null)[][]
    heart?: number[] | number[][]
  }
}

/** Reads a GPX or TCX document with togeojson over an xmldom DOM (no entities, see xml-guard). */
export function parseTrack(text: string, file: FileIdentity, kind: 'gpx' | 'tcx'): ParsedWorkout {
  refuseDeclaredEntities(text)
  const doc = parseXml(text)
  const features = (kind === 'gpx' ? gpx(doc) : tcx(doc)).features
  const segments: TrackPoint[][] = []
  const laps: TrackProperties[] = []
  const hearts: number[] = []
  let pointCount = 0
  for (const feature of features) {
    const geometry = feature.geometry
    if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') continue
    const props = (feature.properties ?? {}) as TrackProperties
    laps.push(props)
    const lines: number[][][] =
      geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates
    const times = props.coordinateProperties?.times ?? []
    const timeLines = (geometry.type === 'LineString' ? [times] : times) as (string | null)[][]
    lines.forEach((coords, li) => {
      pointCount += coords.length
      segments.push(timedPoints(coords, timeLines[li] ?? []))
    })
    const heart = props.coordinateProperties?.heart ?? []
    hearts.push(...heart.flat().filter((h) => Number.isFinite(h) && h > 0))
  }
  const timed = segments.filter((s) => s.length > 0)
  const all = timed.flat()
  if (all.length < 2) throw new WorkoutRefusal('no-timestamps', 'No track point has a usable time.')
  // A session made from a few timed points of a mostly untimed track would misstate it.
  if (all.length * 2 < pointCount) {
    throw new WorkoutRefusal(
      'no-timestamps',
      `Only ${all.length} of ${pointCount} track points have a time.`,
    )
  }
  const start = Math.min(...all.map((p) => p.t))
  const end = Math.max(...all.map((p) => p.t))
  if (end <= start)
    throw new WorkoutRefusal('no-timestamps', 'Every track point has the same time.')
  const totals = trackTotals(timed)
  const untimed = segments.length - timed.length
  const fromLaps = kind === 'tcx' ? lapTotals(laps) : null
  return {
    sport: sportFromName(kind === 'tcx' ? tcxSport(doc) : laps.find((l) => l.type)?.type),
    format: kind,
    startedAt: start,
    // GPX and TCX times are UTC with no zone of their own.
    utcOffsetMinutes: null,
    elapsedSeconds: (end - start) / 1000,
    movingSeconds: fromLaps?.seconds ?? totals.movingSeconds,
    distanceMeters: fromLaps?.meters ?? totals.distanceMeters,
    elevationGainMeters: totals.elevationGainMeters,
    avgHeartRate: fromLaps?.avgHeartRate ?? (hearts.length ? Math.round(mean(hearts)) : null),
    maxHeartRate: fromLaps?.maxHeartRate ?? (hearts.length ? Math.max(...hearts) : null),
    effort: null,
    sourceName: file.sourceName,
    contentHash: file.contentHash,
    sessionIndex: 0,
    warning:
      untimed > 0
        ? `${untimed} track segment${untimed === 1 ? '' : 's'} without times left out.`
        : null,
  }
}

function parseXml(text: string): Doc {
  const errors: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message)
    },
  }).parseFromString(text, 'text/xml')
  if (errors.length > 0) throw new WorkoutRefusal('not-a-workout', errors[0] ?? null)
  return doc as Doc
}

function timedPoints(coords: number[][], times: (string | null)[]): TrackPoint[] {
  const points: TrackPoint[] = []
  coords.forEach((c, i) => {
    const time = times[i]
    const t = time ? Date.parse(time) : Number.NaN
    const [lon, lat, ele] = c
    if (Number.isFinite(t) && t >= EARLIEST_REAL_TIME && lon !== undefined && lat !== undefined) {
      points.push({ lon, lat, ele: ele ?? null, t })
    }
  })
  return points
}

/** TCX laps carry the device's own timer time, distance and heart rate. */
function lapTotals(laps: TrackProperties[]) {
  const withTime = laps.filter((l) => typeof l.totalTimeSeconds === 'number')
  if (withTime.length === 0) return null
  const seconds = withTime.reduce((sum, l) => sum + (l.totalTimeSeconds ?? 0), 0)
  const rated = withTime.filter((l) => typeof l.avgHeartRate === 'number')
  const ratedSeconds = rated.reduce((s, l) => s + (l.totalTimeSeconds ?? 0), 0)
  const avgHeartRate =
    ratedSeconds > 0
      ? Math.round(
          rated.reduce((s, l) => s + (l.avgHeartRate ?? 0) * (l.totalTimeSeconds ?? 0), 0) /
            ratedSeconds,
        )
      : null
  const maxes = laps.map((l) => l.maxHeartRate).filter((h): h is number => typeof h === 'number')
  const meters = laps.every((l) => typeof l.distanceMeters === 'number')
    ? laps.reduce((s, l) => s + (l.distanceMeters ?? 0), 0)
    : null
  return { seconds, meters, avgHeartRate, maxHeartRate: maxes.length ? Math.max(...maxes) : null }
}

function tcxSport(doc: Doc): string | null {
  const activity = (doc as unknown as Document).getElementsByTagName('Activity')[0]
  return activity?.getAttribute('Sport') ?? null
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length
}
