import FitParser from 'fit-file-parser'
import type { ParsedWorkout } from '../../../shared/domain/workouts/session'
import { WorkoutRefusal } from './refusal'
import { sportFromName } from './sport'

interface FitSession {
  sport?: string
  start_time?: Date
  total_elapsed_time?: number
  total_timer_time?: number
  total_distance?: number
  total_ascent?: number
  avg_heart_rate?: number
  max_heart_rate?: number
  workout_rpe?: number
}
interface FitData {
  sessions?: FitSession[]
  activity?: { timestamp?: Date; local_timestamp?: Date }
}

export interface FileIdentity {
  sourceName: string
  contentHash: string
}

const SIGNATURE = '.FIT'

/** True when the bytes start like a FIT file (header size 12 or 14 and the '.FIT' signature). */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 12 &&
    (bytes[0] === 12 || bytes[0] === 14) &&
    headerSignature(bytes, 0) === SIGNATURE
  )
}

function headerSignature(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at + 8, at + 12))
}

/**
 * Decodes a FIT file with fit-file-parser and takes each session message's own
 * totals. The header's declared length decides what happens to imperfect files:
 * bytes past the end that are not a second whole FIT header mean a damaged
 * header (refused); a file shorter than declared is read as far as it goes and
 * kept only if a whole session summary is in it, with a warning.
 */
export async function parseFit(bytes: Uint8Array, file: FileIdentity): Promise<ParsedWorkout[]> {
  const headerSize = bytes[0] ?? 0
  const declaredEnd =
    headerSize +
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) +
    2
  let warning: string | null = null
  let input = bytes
  if (declaredEnd < bytes.length) {
    if (!looksLikeFit(bytes.subarray(declaredEnd))) {
      throw new WorkoutRefusal(
        'corrupt-header',
        `${bytes.length - declaredEnd} bytes after the recording do not start a valid FIT header.`,
      )
    }
    warning = 'The file holds more than one recording; only the first was read.'
    input = bytes.subarray(0, declaredEnd)
  } else if (declaredEnd > bytes.length) {
    // Tell the decoder the real length so it reads every whole message there is.
    input = Uint8Array.from(bytes)
    new DataView(input.buffer).setUint32(4, bytes.length - headerSize, true)
    warning =
      'The file is cut off part-way; its session summary is whole, so the session comes from that summary.'
  }
  const decoded = await decode(input, declaredEnd > bytes.length)
  const data = decoded.data
  warning = decoded.warning ?? warning
  const sessions = (data.sessions ?? []).filter(
    (s) => s.start_time && s.total_elapsed_time !== undefined,
  )
  if (sessions.length === 0) {
    throw new WorkoutRefusal(
      declaredEnd > bytes.length ? 'cut-off' : 'not-a-workout',
      'No session summary in the file.',
    )
  }
  const offset = utcOffset(data)
  return sessions.map((s, sessionIndex) => toWorkout(s, sessionIndex, offset, file, warning))
}

const CRC_WARNING =
  'The file’s checksum does not match its contents; its session summary reads whole, so it was kept.'

async function decode(
  input: Uint8Array,
  truncated: boolean,
): Promise<{ data: FitData; warning: string | null }> {
  // A copy that owns a plain ArrayBuffer, as the decoder's types ask.
  const buffer = Buffer.from(Uint8Array.from(input).buffer)
  try {
    // A truncated file has no checksum left to check.
    const data = (await new FitParser({ force: truncated, mode: 'list' }).parseAsync(
      buffer,
    )) as FitData
    return { data, warning: null }
  } catch (error) {
    const message = String(error)
    if (truncated) throw new WorkoutRefusal('cut-off', message)
    if (/CRC mismatch/i.test(message)) {
      const data = (await new FitParser({ force: true, mode: 'list' })
        .parseAsync(buffer)
        .catch((again: unknown) => {
          throw new WorkoutRefusal('corrupt-header', String(again))
        })) as FitData
      return { data, warning: CRC_WARNING }
    }
    if (/header|small/i.test(message)) throw new WorkoutRefusal('corrupt-header', message)
    if (/exceeds/i.test(message)) throw new WorkoutRefusal('cut-off', message)
    throw new WorkoutRefusal('not-a-workout', message)
  }
}

/** The activity message's local timestamp minus its UTC one, to the quarter hour. */
function utcOffset(data: FitData): number | null {
  const utc = data.activity?.timestamp?.getTime()
  const local = data.activity?.local_timestamp?.getTime()
  if (utc === undefined || local === undefined || Number.isNaN(utc) || Number.isNaN(local))
    return null
  const minutes = Math.round((local - utc) / 60_000 / 15) * 15
  return Math.abs(minutes) <= 840 ? minutes : null
}

function toWorkout(
  s: FitSession,
  sessionIndex: number,
  utcOffsetMinutes: number | null,
  file: FileIdentity,
  warning: string | null,
): ParsedWorkout {
  return {
    sport: sportFromName(s.sport),
    format: 'fit',
    startedAt: (s.start_time as Date).getTime(),
    utcOffsetMinutes,
    elapsedSeconds: s.total_elapsed_time ?? 0,
    movingSeconds: positiveOrNull(s.total_timer_time) ?? null,
    distanceMeters: nonNegativeOrNull(s.total_distance),
    elevationGainMeters: nonNegativeOrNull(s.total_ascent),
    avgHeartRate: positiveOrNull(s.avg_heart_rate),
    maxHeartRate: positiveOrNull(s.max_heart_rate),
    // The FIT profile stores perceived effort ×10 (0-100).
    effort: s.workout_rpe !== undefined && s.workout_rpe <= 100 ? s.workout_rpe / 10 : null,
    sourceName: file.sourceName,
    contentHash: file.contentHash,
    sessionIndex,
    warning,
  }
}

function positiveOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : null
}
function nonNegativeOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : null
}
