import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readAll, refusals, WORKOUT_FIXTURES, workoutFixture } from '../../testing/workout-fixtures'
import { declareSize, makeZip, renameMember } from '../../testing/zips'

const fit = () => readFileSync(join(WORKOUT_FIXTURES, 'garmin-fenix-5-run.fit'))
const bytes = (name: string, data: Uint8Array | string) => ({ name, bytes: Buffer.from(data) })

/** Deterministic noise, so the test never depends on luck. */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length)
  let x = 0x2545f491
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

const LAUGHS = (root: string) => `<?xml version="1.0"?>
<!DOCTYPE ${root} [
${Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')}
<!ENTITY lol0 "lol">
]>
<${root}><Workout startDate="&lol10;"/>&lol10;</${root}>`

describe('files that are not workouts, or are hostile', () => {
  it('a 0-byte file is refused as empty', async () => {
    expect(refusals(await readAll(bytes('run.fit', '')))).toEqual(['run.fit: empty'])
  })

  it('random bytes are refused as not a workout', async () => {
    expect(refusals(await readAll(bytes('run.fit', noise(64 * 1024))))).toEqual([
      'run.fit: not-a-workout',
    ])
  })

  it('a FIT file whose header size byte is damaged is refused as a corrupt header', async () => {
    const damaged = fit()
    damaged[0] = 0x55
    expect(refusals(await readAll(bytes('run.fit', damaged)))).toEqual(['run.fit: corrupt-header'])
  })

  it('a FIT file cut off before its session summary is refused as cut off', async () => {
    const whole = fit()
    const outcomes = await readAll(
      bytes('run.fit', whole.subarray(0, Math.floor(whole.length / 2))),
    )
    expect(refusals(outcomes)).toEqual(['run.fit: cut-off'])
  })

  it.each(['gpx', 'HealthData'])(
    'billion laughs in a %s document is refused without expanding',
    async (root) => {
      const started = performance.now()
      const before = process.memoryUsage().heapUsed
      const outcomes = await readAll(
        bytes(`laughs.${root === 'gpx' ? 'gpx' : 'xml'}`, LAUGHS(root)),
      )
      expect(outcomes.map((o) => (o.kind === 'refused' ? o.refused.reason : 'read'))).toEqual([
        'unsafe-xml',
      ])
      // 10^10 "lol"s would be 30 GB; refusing takes neither time nor memory.
      expect(performance.now() - started).toBeLessThan(1000)
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024)
    },
  )

  it('plain XML of another kind is refused as not a workout', async () => {
    expect(
      refusals(await readAll(bytes('notes.xml', '<?xml version="1.0"?><notes><n>hi</n></notes>'))),
    ).toEqual(['notes.xml: not-a-workout'])
  })
})

describe('zips', () => {
  it('a Strava-style export reads .fit, .fit.gz and .gpx members and refuses the bad one by name', async () => {
    const zip = await makeZip([
      { name: 'activities.csv', bytes: 'Activity ID,Activity Date\n1,x\n' },
      { name: 'activities/1.fit', bytes: fit() },
      {
        name: 'activities/2.fit.gz',
        bytes: gzipSync(readFileSync(join(WORKOUT_FIXTURES, 'garmin-fenix-5-bike.fit'))),
      },
      {
        name: 'activities/3.gpx',
        bytes: readFileSync(join(WORKOUT_FIXTURES, 'cerknicko-without-times.gpx')),
      },
    ])
    expect(refusals(await readAll(bytes('export_1.zip', zip)))).toEqual([
      'export_1.zip/activities/1.fit: read',
      'export_1.zip/activities/2.fit.gz: read',
      'export_1.zip/activities/3.gpx: no-timestamps',
    ])
  })

  it('a FIT file in a zip has the same content hash as the same file dropped alone', async () => {
    const alone = await readAll(workoutFixture('garmin-fenix-5-run.fit'))
    const zipped = await readAll(
      bytes('e.zip', await makeZip([{ name: 'activities/9.fit.gz', bytes: gzipSync(fit()) }])),
    )
    const hash = (o: (typeof alone)[number] | undefined) =>
      o?.kind === 'read' ? o.workouts[0]?.contentHash : null
    expect(hash(zipped[0])).toBe(hash(alone[0]))
    expect(hash(alone[0])).toMatch(/^[0-9a-f]{64}$/)
  })

  it('an Apple Health export.zip reads its export.xml', async () => {
    const xml = readFileSync(join(WORKOUT_FIXTURES, 'apple-health-export6s3sample.xml'))
    const zip = await makeZip([{ name: 'apple_health_export/export.xml', bytes: xml }])
    expect(refusals(await readAll(bytes('export.zip', zip)))).toEqual([
      'export.zip/apple_health_export/export.xml: read',
    ])
  })

  it.each([
    ['../', 'aa/evil.fit', '../evil.fit'],
    ['absolute', 'xetc/evil.fit', '/etc/evil.fit'],
  ])('a zip with a %s path is refused whole, none of its files read', async (_, safe, hostile) => {
    const zip = renameMember(
      await makeZip([
        { name: 'ok.fit', bytes: fit() },
        { name: safe, bytes: fit() },
      ]),
      safe,
      hostile,
    )
    expect(refusals(await readAll(bytes('evil.zip', zip)))).toEqual(['evil.zip: unsafe-archive'])
  })

  it('a zip bomb that declares its real size is refused before anything is unpacked', async () => {
    const zip = await makeZip([
      { name: 'activities/big.gpx', bytes: Buffer.alloc(60 * 1024 * 1024, 0x20) },
    ])
    expect(zip.length).toBeLessThan(1024 * 1024)
    expect(refusals(await readAll(bytes('bomb.zip', zip)))).toEqual(['bomb.zip: too-large'])
  })

  it('a zip bomb that declares a small size is stopped when the real bytes pass it', async () => {
    const zip = declareSize(
      await makeZip([{ name: 'activities/big.gpx', bytes: Buffer.alloc(8 * 1024 * 1024, 0x20) }]),
      1000,
    )
    expect(refusals(await readAll(bytes('bomb.zip', zip)))).toEqual(['bomb.zip: too-large'])
  })

  it('a zip with nothing a workout could be in is refused as not a workout', async () => {
    const zip = await makeZip([{ name: 'readme.txt', bytes: 'hello' }])
    expect(refusals(await readAll(bytes('other.zip', zip)))).toEqual(['other.zip: not-a-workout'])
  })
})
