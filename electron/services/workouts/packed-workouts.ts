import type { ParsedWorkout } from '../../../shared/domain/workouts/session'

/**
 * The sessions of one file as columns, for the trip from the reader thread
 * to main: numbers in Float64Arrays, the hash as 32 raw bytes, other text
 * through a table of distinct values. An Apple Health export holds 100,000
 * sessions or more; as objects they would be serialised, copied and rebuilt
 * on main (a second full copy). As columns they move without a copy
 * (transferred) and main reads them one session at a time while storing.
 */
export interface PackedWorkouts {
  count: number
  numbers: Record<NumberField, Float64Array>
  texts: string[]
  text: Record<TextField, Uint32Array>
  hashes: Uint8Array
}

/** Which fields go in which kind of column; every field of a ParsedWorkout but the hash. */
const FIELDS = {
  numbers: [
    'startedAt',
    'utcOffsetMinutes',
    'elapsedSeconds',
    'movingSeconds',
    'distanceMeters',
    'elevationGainMeters',
    'avgHeartRate',
    'maxHeartRate',
    'effort',
    'sessionIndex',
  ],
  texts: ['sport', 'format', 'sourceName', 'warning'],
} as const satisfies Record<string, readonly (keyof ParsedWorkout)[]>
const NUMBER_FIELDS = FIELDS.numbers
const TEXT_FIELDS = FIELDS.texts
type NumberField = (typeof NUMBER_FIELDS)[number]
type TextField = (typeof TEXT_FIELDS)[number]

/** Null in a text column. */
const NO_TEXT = 0xffffffff
const HASH_BYTES = 32

export function packWorkouts(workouts: readonly ParsedWorkout[]): PackedWorkouts {
  const count = workouts.length
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((f) => [f, new Float64Array(count)]),
  ) as PackedWorkouts['numbers']
  const text = Object.fromEntries(
    TEXT_FIELDS.map((f) => [f, new Uint32Array(count)]),
  ) as PackedWorkouts['text']
  const texts: string[] = []
  const textIndex = new Map<string, number>()
  const hashes = new Uint8Array(count * HASH_BYTES)
  workouts.forEach((w, i) => {
    // Parsers never give NaN (they give null), so NaN stands for null.
    for (const f of NUMBER_FIELDS) numbers[f][i] = w[f] ?? Number.NaN
    for (const f of TEXT_FIELDS) {
      const value = w[f]
      if (value === null) {
        text[f][i] = NO_TEXT
        continue
      }
      let at = textIndex.get(value)
      if (at === undefined) textIndex.set(value, (at = texts.push(value) - 1))
      text[f][i] = at
    }
    hashes.set(Buffer.from(w.contentHash, 'hex'), i * HASH_BYTES)
  })
  return { count, numbers, texts, text, hashes }
}

/** The buffers to transfer with a PackedWorkouts (they are the sender's no longer). */
export function packedBuffers(p: PackedWorkouts): ArrayBuffer[] {
  return [
    ...Object.values(p.numbers).map((a) => a.buffer),
    ...Object.values(p.text).map((a) => a.buffer),
    p.hashes.buffer,
  ] as ArrayBuffer[]
}

/** The sessions again, one at a time. */
export function* unpackWorkouts(p: PackedWorkouts): Generator<ParsedWorkout> {
  const num = (f: NumberField, i: number) => {
    const v = p.numbers[f][i] as number
    return Number.isNaN(v) ? null : v
  }
  const txt = (f: TextField, i: number) => {
    const at = p.text[f][i] as number
    return at === NO_TEXT ? null : (p.texts[at] as string)
  }
  for (let i = 0; i < p.count; i++) {
    yield {
      sport: txt('sport', i) as ParsedWorkout['sport'],
      format: txt('format', i) as ParsedWorkout['format'],
      startedAt: num('startedAt', i) as number,
      utcOffsetMinutes: num('utcOffsetMinutes', i),
      elapsedSeconds: num('elapsedSeconds', i) as number,
      movingSeconds: num('movingSeconds', i),
      distanceMeters: num('distanceMeters', i),
      elevationGainMeters: num('elevationGainMeters', i),
      avgHeartRate: num('avgHeartRate', i),
      maxHeartRate: num('maxHeartRate', i),
      effort: num('effort', i),
      sourceName: txt('sourceName', i) as string,
      contentHash: Buffer.from(p.hashes.subarray(i * HASH_BYTES, (i + 1) * HASH_BYTES)).toString(
        'hex',
      ),
      sessionIndex: num('sessionIndex', i) as number,
      warning: txt('warning', i),
    }
  }
}
