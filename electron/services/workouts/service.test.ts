import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useTestCores } from '../../testing/test-cores'
import { WORKOUT_FIXTURES, workoutFixture } from '../../testing/workout-fixtures'
import { makeZip, renameMember } from '../../testing/zips'

const raw = (name: string) => readFileSync(join(WORKOUT_FIXTURES, name))

describe('importing workouts into the journal (real SQLite file)', () => {
  const newCore = useTestCores()

  it('stores a FIT session on the local day it started, and the same file again is already there', async () => {
    const { core } = newCore()
    const workouts = core.services().workouts
    const first = await workouts.import([workoutFixture('2019-02-17-062644-ELEMNT-297E-195-0.fit')])
    expect(first).toMatchObject({ added: 1, alreadyThere: 0, refused: [] })
    const again = await workouts.import([workoutFixture('2019-02-17-062644-ELEMNT-297E-195-0.fit')])
    expect(again).toMatchObject({ added: 0, alreadyThere: 1, refused: [] })
    const stored = workouts.all()
    expect(stored).toHaveLength(1)
    // 06:26 UTC at UTC+8 is 14:26 the same day.
    expect(stored[0]).toMatchObject({
      localDate: '2019-02-17',
      utcOffsetMinutes: 480,
      sport: 'cycling',
    })
  })

  it('a file already imported alone is already there inside a Strava zip, and the zip adds the rest', async () => {
    const { core } = newCore()
    const workouts = core.services().workouts
    await workouts.import([workoutFixture('garmin-fenix-5-run.fit')])
    const zip = await makeZip([
      { name: 'activities/1.fit.gz', bytes: gzipSync(raw('garmin-fenix-5-run.fit')) },
      { name: 'activities/2.tcx', bytes: raw('running_activity_1.tcx') },
      { name: 'activities/3.fit', bytes: raw('activity-settings-corruptheader.fit') },
    ])
    const summary = await workouts.import([{ name: 'export_42.zip', bytes: zip }])
    expect(summary.added).toBe(1)
    expect(summary.alreadyThere).toBe(1)
    expect(summary.refused.map((r) => [r.sourceName, r.reason])).toEqual([
      ['export_42.zip/activities/3.fit', 'corrupt-header'],
    ])
    expect(workouts.all()).toHaveLength(2)
  })

  it('a hostile zip adds nothing and changes nothing already there', async () => {
    const { core } = newCore()
    const workouts = core.services().workouts
    await workouts.import([workoutFixture('garmin-fenix-5-walk.fit')])
    const before = workouts.all()
    const zip = renameMember(
      await makeZip([
        { name: 'a.fit', bytes: raw('garmin-fenix-5-run.fit') },
        { name: 'aa/b.fit', bytes: raw('garmin-fenix-5-bike.fit') },
      ]),
      'aa/b.fit',
      '../b.fit',
    )
    const summary = await workouts.import([{ name: 'evil.zip', bytes: zip }])
    expect(summary).toMatchObject({ added: 0, alreadyThere: 0 })
    expect(summary.refused.map((r) => r.reason)).toEqual(['unsafe-archive'])
    expect(workouts.all()).toEqual(before)
  })

  it('Cancel stops between files and keeps the ones already in', async () => {
    const { core } = newCore()
    const workouts = core.services().workouts
    const names = ['garmin-fenix-5-run.fit', 'garmin-fenix-5-bike.fit', 'garmin-fenix-5-walk.fit']
    const zip = await makeZip(
      names.map((name) => ({ name: `activities/${name}`, bytes: raw(name) })),
    )
    const controller = new AbortController()
    const seen: string[] = []
    const summary = await workouts.import([{ name: 'export.zip', bytes: zip }], {
      signal: controller.signal,
      onProgress: ({ filesDone, filesTotal }) => {
        seen.push(`${filesDone}/${filesTotal}`)
        if (filesDone === 2) controller.abort()
      },
    })
    // The bar counts the zip's members, not the one zip dropped.
    expect(seen).toEqual(['1/3', '2/3'])
    expect(summary).toMatchObject({ added: 2, cancelled: true })
    expect(workouts.all()).toHaveLength(2)
  })

  it('the cut-off file is kept with its warning in the summary', async () => {
    const { core } = newCore()
    const summary = await core
      .services()
      .workouts.import([workoutFixture('activity-unexpected-eof.fit')])
    expect(summary.added).toBe(1)
    expect(summary.warnings[0]?.warning).toMatch(/cut off part-way/)
    expect(core.services().workouts.all()[0]?.warning).toMatch(/cut off part-way/)
  })

  it('an imported session can be given an effort, a sport, and removed', async () => {
    const { core } = newCore()
    const workouts = core.services().workouts
    await workouts.import([workoutFixture('running_activity_1.tcx')])
    const [session] = workouts.all()
    expect(session?.effort).toBeNull()
    expect(workouts.edit({ id: session?.id ?? '', effort: 7 }).effort).toBe(7)
    expect(workouts.edit({ id: session?.id ?? '', sport: 'hiking' })).toMatchObject({
      sport: 'hiking',
      effort: 7,
    })
    workouts.remove(session?.id ?? '')
    expect(workouts.all()).toEqual([])
    expect(() => {
      workouts.remove(session?.id ?? '')
    }).toThrow(/no longer in the journal/)
  })
})

describe('imported workouts in the JSON export (file version 3)', () => {
  const newCore = useTestCores()

  it('travel to another journal once, and a second import finds them already there', async () => {
    const from = newCore().core
    await from.services().workouts.import([workoutFixture('garmin-fenix-5-bike.fit')])
    const exported = JSON.stringify(from.services().transfer.snapshot())
    const to = newCore().core
    expect(to.services().transfer.preview(exported).workouts).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    })
    to.services().transfer.import(exported)
    expect(
      to
        .services()
        .workouts.all()
        .map((w) => [w.sport, w.contentHash]),
    ).toEqual(
      from
        .services()
        .workouts.all()
        .map((w) => [w.sport, w.contentHash]),
    )
    expect(to.services().transfer.preview(exported).workouts).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    })
    // The same file dropped afterwards is already there too.
    const again = await to.services().workouts.import([workoutFixture('garmin-fenix-5-bike.fit')])
    expect(again).toMatchObject({ added: 0, alreadyThere: 1 })
  })

  it('a version 2 file still imports, with no workouts', () => {
    const core = newCore().core
    // A real version 2 file has neither of version 3's lists.
    const v2 = {
      ...core.services().transfer.snapshot(),
      version: 2,
      workouts: undefined,
      experiments: undefined,
    }
    expect(core.services().transfer.preview(JSON.stringify(v2)).workouts).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
    })
  })
})
