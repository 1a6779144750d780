import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import type { ParsedWorkout, RefusedFile } from '../../../shared/domain/workouts/session'
import { parseFit, looksLikeFit } from './parse-fit'
import { parseHealth } from './parse-health'
import { parseTrack } from './parse-track'
import { unpackWorkouts, type PackedWorkouts } from './packed-workouts'
import { MAX_ENTRY_BYTES, openZip, readMember } from './read-zip'
import { WorkoutRefusal } from './refusal'

/** One dropped or picked file: its bytes, or a path for big ones (zips and Health exports stream from disk). */
export type WorkoutSource = { name: string; bytes: Uint8Array } | { name: string; path: string }

export type FileOutcome =
  | { kind: 'read'; sourceName: string; workouts: ParsedWorkout[] }
  /** The same, as it comes from the reader thread: columns, not objects (packed-workouts.ts). */
  | { kind: 'packed'; sourceName: string; packed: PackedWorkouts }
  | { kind: 'refused'; refused: RefusedFile }

/** A read file's sessions, one at a time, whichever way they came. */
export function sessionsOf(
  outcome: Exclude<FileOutcome, { kind: 'refused' }>,
): Iterable<ParsedWorkout> {
  return outcome.kind === 'read' ? outcome.workouts : unpackWorkouts(outcome.packed)
}

export type OutcomeSink = (outcome: FileOutcome) => void | Promise<void>

/** Told how many files a source holds once it is opened (a zip holds many), for the progress bar. */
export type CountSink = (files: number) => void

/**
 * Reads many sources in order, reporting each file to `sink`, and stops
 * between files once `signal` aborts. The app runs it on a worker thread
 * (reader-thread.ts); `readInThread` is the same on the calling thread.
 */
export type SourceReader = (
  sources: readonly WorkoutSource[],
  sink: OutcomeSink,
  signal?: AbortSignal,
  onCount?: CountSink,
) => Promise<void>

export const readInThread: SourceReader = async (sources, sink, signal, onCount) => {
  for (const source of sources) {
    if (signal?.aborted) return
    await readWorkoutSource(source, sink, signal, onCount)
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name

/**
 * Reads one source and reports each file in it (a zip holds many) to `sink`:
 * the sessions read, or the reason it was refused. Stops between files once
 * `signal` aborts. Never throws for a bad file.
 */
export async function readWorkoutSource(
  source: WorkoutSource,
  sink: OutcomeSink,
  signal?: AbortSignal,
  onCount?: CountSink,
): Promise<void> {
  const name = baseName(source.name)
  try {
    if ('path' in source) {
      const head = await readHead(source.path)
      if (startsWith(head, ZIP_MAGIC)) await readZip(source.path, name, sink, signal, onCount)
      else if (isHealthHead(head))
        await sink(read(name, await parseHealth(createReadStream(source.path), name)))
      else await sink(await readBytes(name, await readFile(source.path)))
      return
    }
    const bytes = source.bytes
    if (startsWith(bytes, ZIP_MAGIC)) await readZip(Buffer.from(bytes), name, sink, signal, onCount)
    else await sink(await readBytes(name, bytes))
  } catch (error) {
    await sink(refusedOutcome(name, error))
  }
}

function read(sourceName: string, workouts: ParsedWorkout[]): FileOutcome {
  return { kind: 'read', sourceName, workouts }
}

export function refusedOutcome(sourceName: string, error: unknown): FileOutcome {
  if (error instanceof WorkoutRefusal)
    return { kind: 'refused', refused: { sourceName, reason: error.reason, detail: error.detail } }
  return {
    kind: 'refused',
    refused: { sourceName, reason: 'not-a-workout', detail: String(error) },
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const stream = createReadStream(path, { start: 0, end: 4095 })
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function isHealthHead(head: Uint8Array): boolean {
  return /<!DOCTYPE HealthData|<HealthData/.test(
    Buffer.from(head.subarray(0, 4096)).toString('utf8'),
  )
}

/** A single file's bytes: sniffed by content, never trusted by its extension alone. */
async function readBytes(name: string, bytes: Uint8Array): Promise<FileOutcome> {
  try {
    if (bytes.length === 0) throw new WorkoutRefusal('empty')
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return await readBytes(name, gunzip(bytes))
    const identity = { sourceName: name, contentHash: sha256(bytes) }
    if (looksLikeFit(bytes)) return read(name, await parseFit(bytes, identity))
    const text = Buffer.from(bytes).toString('utf8')
    const root = /<\s*(gpx|TrainingCenterDatabase|HealthData|!DOCTYPE\s+HealthData)\b/.exec(
      text.slice(0, 4096),
    )?.[1]
    if (root === 'gpx') return read(name, [parseTrack(text, identity, 'gpx')])
    if (root === 'TrainingCenterDatabase') return read(name, [parseTrack(text, identity, 'tcx')])
    if (root) return read(name, await parseHealth(Readable.from([Buffer.from(bytes)]), name))
    if (/^\s*</.test(text.slice(0, 64)) && /<!ENTITY/i.test(text.slice(0, 65536)))
      throw new WorkoutRefusal('unsafe-xml')
    if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === '.FIT')
      throw new WorkoutRefusal('corrupt-header')
    throw new WorkoutRefusal('not-a-workout')
  } catch (error) {
    return refusedOutcome(name, error)
  }
}

function gunzip(bytes: Uint8Array): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_ENTRY_BYTES })
  } catch (error) {
    const tooBig = error instanceof RangeError || /buffer|length/i.test(String(error))
    throw new WorkoutRefusal(tooBig ? 'too-large' : 'cut-off', String(error))
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const WORKOUT_MEMBER = /\.(fit|gpx|tcx)(\.gz)?$/i

/**
 * A Strava bulk export (activities/*.fit, .fit.gz, .gpx, .tcx beside
 * activities.csv) or an Apple Health export.zip. Members are read one at a
 * time so memory stays at one activity. A member that lies about its size
 * stops the whole zip: it is hostile, not merely damaged.
 */
async function readZip(
  source: Buffer | string,
  zipName: string,
  sink: OutcomeSink,
  signal?: AbortSignal,
  onCount?: CountSink,
): Promise<void> {
  const zip = await openZip(source)
  try {
    const members = zip.members.filter(
      (m) => WORKOUT_MEMBER.test(m.name) || /(^|\/)export\.xml$/i.test(m.name),
    )
    if (members.length === 0)
      throw new WorkoutRefusal('not-a-workout', `${zipName} holds no workout files.`)
    onCount?.(members.length)
    for (const member of members) {
      if (signal?.aborted) return
      const name = `${zipName}/${member.name}`
      if (/export\.xml$/i.test(member.name)) {
        await sink(read(name, await parseHealth(await member.open(), name)))
        continue
      }
      let bytes: Buffer
      try {
        bytes = await readMember(member)
      } catch (error) {
        if (error instanceof WorkoutRefusal && error.reason === 'too-large') throw error
        await sink(refusedOutcome(name, error))
        continue
      }
      await sink(await readBytes(name, bytes))
    }
  } finally {
    zip.close()
  }
}
