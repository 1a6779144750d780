import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from './core'
import { UNDO_MS } from './journal'

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function setup(now = Date.UTC(2026, 10, 25, 9), offset = 60) {
  const dir = tempDir()
  const t = testCore(dir, now, () => offset)
  open.push(t.core)
  return { ...t, dir, journal: t.core.services().journal }
}

describe('JournalService', () => {
  it('logs a cramp, derives the bucket from an exact duration, and lists newest first', () => {
    const { journal } = setup()
    const a = journal.create(
      episodeInput({ startedAt: Date.UTC(2026, 10, 20, 15), durationSec: 45 }),
      'form',
    )
    const b = journal.create(episodeInput({ startedAt: Date.UTC(2026, 10, 21, 15) }), 'tray')
    expect(a.durationBucket).toBe('30s_2m')
    expect(b.loggedVia).toBe('tray')
    expect(journal.list({ filter: {}, cursor: null, limit: 50 }).items.map((e) => e.id)).toEqual([
      b.id,
      a.id,
    ])
  })

  it('pages through the timeline without gaps or repeats, even with equal start times', () => {
    const { journal } = setup()
    const at = Date.UTC(2026, 10, 1, 12)
    const ids = new Set<string>()
    for (let i = 0; i < 23; i++)
      ids.add(
        journal.create(episodeInput({ startedAt: at + Math.floor(i / 3) * 60_000 }), 'form').id,
      )
    const seen: string[] = []
    let cursor = null
    do {
      const page = journal.list({ filter: {}, cursor, limit: 5 })
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(23)
    expect(new Set(seen)).toEqual(ids)
  })

  it('filters by muscle, side, context, trigger, pain, dates, red flag and words in notes', () => {
    const { journal } = setup()
    const calfNight = journal.create(
      episodeInput({
        muscle: 'calf',
        context: 'asleep',
        pain: 8,
        triggers: ['dehydration', 'heat'],
        notes: 'After the 10% hill_run',
      }),
      'form',
    )
    const flagged = journal.create(
      episodeInput({
        side: 'right',
        symptoms: ['numbness'],
        startedAt: Date.UTC(2026, 10, 10, 10),
      }),
      'form',
    )
    journal.create(episodeInput({ notes: 'desk day' }), 'form')
    const ids = (filter: Parameters<typeof journal.list>[0]['filter']) =>
      journal.list({ filter, cursor: null, limit: 50 }).items.map((e) => e.id)
    expect(ids({ muscle: 'calf' })).toEqual([calfNight.id])
    expect(ids({ side: 'right' })).toEqual([flagged.id])
    expect(ids({ context: 'asleep' })).toEqual([calfNight.id])
    expect(ids({ trigger: 'heat' })).toEqual([calfNight.id])
    expect(ids({ minPain: 8 })).toEqual([calfNight.id])
    expect(ids({ to: '2026-11-15' })).toEqual([flagged.id])
    expect(ids({ redFlag: true })).toEqual([flagged.id])
    expect(ids({ text: 'HILL 10%' })).toEqual([calfNight.id])
    // LIKE wildcards typed by the user match literally.
    expect(ids({ text: '_' })).toEqual([calfNight.id])
    expect(ids({ text: 'hill desk' })).toEqual([])
  })

  it('edits keep the id, creation time and how it was logged', () => {
    const { journal, clock } = setup()
    const original = journal.create(episodeInput(), 'tray')
    clock.advance(60_000)
    const edited = journal.update(
      original.id,
      episodeInput({ pain: 9, notes: 'worse than I thought' }),
    )
    expect(edited).toMatchObject({
      id: original.id,
      createdAt: original.createdAt,
      loggedVia: 'tray',
      pain: 9,
    })
    expect(edited.updatedAt).toBe(original.updatedAt + 60_000)
    expect(journal.get(original.id).notes).toBe('worse than I thought')
  })

  it('delete hides the entry, Undo brings it back exactly, and after the window it is gone for good', () => {
    const { journal, clock, core } = setup()
    const kept = journal.create(episodeInput({ notes: 'keep me', triggers: ['fatigue'] }), 'form')
    const { undoUntil } = journal.delete(kept.id)
    expect(undoUntil).toBe(clock.now() + UNDO_MS)
    expect(journal.list({ filter: {}, cursor: null, limit: 50 }).items).toEqual([])
    clock.advance(UNDO_MS - 1)
    expect(journal.restore(kept.id)).toEqual(kept)

    journal.delete(kept.id)
    clock.advance(UNDO_MS + 1)
    expect(() => journal.restore(kept.id)).toThrow(/too late/)
    journal.create(episodeInput(), 'form')
    journal.delete(journal.list({ filter: {}, cursor: null, limit: 1 }).items[0]?.id ?? '')
    const rows = core.storage
      .connection()
      .prepare('SELECT count(*) FROM episodes WHERE id = ?')
      .pluck()
      .get(kept.id)
    expect(rows).toBe(0)
  })

  it('a live cramp survives a restart and is saved with its measured duration', () => {
    const { dir, journal, clock } = setup(Date.UTC(2026, 10, 25, 2, 10)) // 03:10 local: night
    const started = journal.startLive()
    expect(started.live).toEqual({ startedAt: clock.now(), utcOffsetMin: 60, stoppedAt: null })
    expect(started.suggested.context).toBe('asleep')
    clock.advance(5_000)
    expect(journal.startLive().live?.startedAt).toBe(started.live?.startedAt) // double tap
    open.pop()?.close()

    const again = testCore(dir, clock.now() + 90_000, () => 60)
    open.push(again.core)
    const j2 = again.core.services().journal
    expect(j2.liveState().live?.startedAt).toBe(started.live?.startedAt)
    const episode = j2.finishLive({ side: 'right', pain: 7, context: 'asleep' })
    expect(episode).toMatchObject({
      durationSec: 95,
      durationBucket: '30s_2m',
      loggedVia: 'cramp_now',
      side: 'right',
      muscle: 'hamstring',
    })
    expect(j2.liveState().live).toBeNull()
    expect(() => j2.finishLive({ side: 'right', pain: 7, context: 'asleep' })).toThrow(
      /No cramp timer/,
    )
  })

  it('"It\'s over" is recorded in main: answering minutes later, after a restart, saves the real length once', () => {
    const { dir, journal, clock } = setup()
    const startedAt = journal.startLive().live?.startedAt
    clock.advance(80_000)
    const stopped = journal.stopLive().live
    expect(stopped).toEqual({ startedAt, utcOffsetMin: 60, stoppedAt: clock.now() })
    clock.advance(20_000)
    // A second press (another window, the tray) cannot lengthen the cramp.
    expect(journal.stopLive().live?.stoppedAt).toBe(stopped?.stoppedAt)
    open.pop()?.close()

    // The answers come four minutes later, after a restart.
    const again = testCore(dir, clock.now() + 240_000, () => 60)
    open.push(again.core)
    const j2 = again.core.services().journal
    expect(j2.liveState().live?.stoppedAt).toBe(stopped?.stoppedAt)
    const episode = j2.finishLive({ side: 'left', pain: 6, context: 'resting' })
    expect(episode.durationSec).toBe(80)
    expect(j2.list({ filter: {}, cursor: null, limit: 50 }).items).toEqual([episode])
    expect(j2.liveState().live).toBeNull()
  })

  it('"Keep timing" forgets the stop: the cramp is timed to the next "It\'s over"', () => {
    const { journal, clock } = setup()
    journal.startLive()
    clock.advance(10_000)
    journal.stopLive()
    clock.advance(5_000)
    expect(journal.resumeLive().live?.stoppedAt).toBeNull()
    clock.advance(25_000)
    journal.stopLive()
    clock.advance(60_000)
    expect(journal.finishLive({ side: 'left', pain: 3, context: 'resting' }).durationSec).toBe(40)
  })

  it('stopping or resuming with no timer running changes nothing', () => {
    const { journal } = setup()
    expect(journal.stopLive().live).toBeNull()
    expect(journal.resumeLive().live).toBeNull()
    expect(journal.list({ filter: {}, cursor: null, limit: 50 }).items).toEqual([])
  })

  it('suggests the last side used and "resting" in the daytime', () => {
    const { journal } = setup(Date.UTC(2026, 10, 25, 14))
    journal.create(episodeInput({ side: 'right' }), 'form')
    expect(journal.liveState().suggested).toEqual({ side: 'right', context: 'resting' })
  })

  it('an episode at 02:30 local on the DST night stays 02:30 and counts as that night', () => {
    // Europe/Berlin, 29 March 2026: 02:30 CET (+60) is 01:30 UTC.
    const { core, journal } = setup(Date.UTC(2026, 2, 29, 8), 120)
    const e = journal.create(
      episodeInput({
        startedAt: Date.UTC(2026, 2, 29, 1, 30),
        utcOffsetMin: 60,
        context: 'asleep',
      }),
      'form',
    )
    const row = core.storage
      .connection()
      .prepare('SELECT local_date, local_minute FROM episodes WHERE id = ?')
      .get(e.id)
    expect(row).toEqual({ local_date: '2026-03-29', local_minute: 150 })
    const summary = core.services().checkIns.today()
    expect(summary).toBe('2026-03-29')
  })
})
