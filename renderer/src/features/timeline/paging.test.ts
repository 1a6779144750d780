import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Cursor, EpisodeFilter } from '@shared/contract/journal'
import type { CheckIn } from '@shared/domain/checkin'
import type { Episode } from '@shared/domain/episode'
import { shiftDate } from '@shared/domain/local-time'
import type { Workout } from '@shared/domain/workouts/session'
import { storedCheckIn, storedCramp } from '@shared/testing/cramps'
import { storedWorkout } from '@shared/testing/workouts'
import {
  dayOf,
  firstPageParam,
  loadTimelinePage,
  type TimelinePage,
  type TimelineSource,
} from './paging'

const TODAY = '2026-03-10'
const options = { today: TODAY, pageSize: 5, windowDays: 30 }

function episodeOn(date: string, hour: number, n: number): Episode {
  return storedCramp({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    startedAt: Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`),
    muscle: n % 2 ? 'calf' : 'hamstring',
    context: 'asleep',
  })
}

function checkInOn(date: string): CheckIn {
  return storedCheckIn({ date })
}

function workoutOn(date: string, n: number): Workout {
  return storedWorkout({ id: `w${n}`, localDate: date })
}

/** Main's paging rules over arrays, counting calls. */
function sourceOf(episodes: Episode[], checkIns: CheckIn[], workouts: Workout[] = []) {
  const calls = { list: 0, range: [] as [string, string][] }
  const sorted = [...episodes].sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
  const source: TimelineSource = {
    listEpisodes: ({ filter, cursor, limit }) => {
      calls.list++
      const after = (e: Episode, c: Cursor | null) =>
        !c || e.startedAt < c.startedAt || (e.startedAt === c.startedAt && e.id < c.id)
      const matches = sorted.filter(
        (e) =>
          after(e, cursor) &&
          (!filter.muscle || e.muscle === filter.muscle) &&
          (!filter.from || dayOf(e) >= filter.from) &&
          (!filter.to || dayOf(e) <= filter.to),
      )
      const items = matches.slice(0, limit)
      const last = items.at(-1)
      const nextCursor =
        matches.length > limit && last ? { startedAt: last.startedAt, id: last.id } : null
      return Promise.resolve({ items, nextCursor })
    },
    listCheckIns: (from, to) => {
      calls.range.push([from, to])
      return Promise.resolve(checkIns.filter((c) => c.date >= from && c.date <= to))
    },
    checkInBefore: (date) =>
      Promise.resolve(
        checkIns.filter((c) => c.date < date).sort((a, b) => (a.date < b.date ? 1 : -1))[0] ?? null,
      ),
    listWorkouts: (from, to) =>
      Promise.resolve(workouts.filter((w) => w.localDate >= from && w.localDate <= to)),
    workoutBefore: (date) =>
      Promise.resolve(
        workouts
          .map((w) => w.localDate)
          .filter((d) => d < date)
          .sort()
          .at(-1) ?? null,
      ),
  }
  return { source, calls }
}

async function loadAll(
  source: TimelineSource,
  filter: EpisodeFilter = {},
): Promise<TimelinePage[]> {
  const pages: TimelinePage[] = []
  let param = firstPageParam
  for (let i = 0; i < 500; i++) {
    const page = await loadTimelinePage(source, filter, param, options)
    pages.push(page)
    if (!page.next) return pages
    param = page.next
  }
  throw new Error('paging never ended')
}

describe('timeline paging', () => {
  it('loads a page of cramps with the check-ins of the days they span, then the next', async () => {
    const episodes = Array.from({ length: 12 }, (_, i) =>
      episodeOn(shiftDate(TODAY, -i * 2), 8, i + 1),
    )
    const checkIns = Array.from({ length: 30 }, (_, i) => checkInOn(shiftDate(TODAY, -i)))
    const { source } = sourceOf(episodes, checkIns)

    const first = await loadTimelinePage(source, {}, firstPageParam, options)
    expect(first.episodes.map(dayOf)).toEqual([
      '2026-03-10',
      '2026-03-08',
      '2026-03-06',
      '2026-03-04',
      '2026-03-02',
    ])
    // Check-ins exactly for the days this page covers, no more.
    expect(first.checkIns.map((c) => c.date).sort()).toEqual(
      Array.from({ length: 9 }, (_, i) => shiftDate('2026-03-02', i)),
    )
    expect(first.next).toMatchObject({ upper: '2026-03-01', episodesDone: false })

    const second = await loadTimelinePage(source, {}, first.next ?? firstPageParam, options)
    expect(second.episodes.map(dayOf)[0]).toBe('2026-02-28')
    expect(second.checkIns.map((c) => c.date)).toContain('2026-03-01')
  })

  it('hides check-ins under a cramp-only filter and pages by main’s cursor alone', async () => {
    const episodes = Array.from({ length: 12 }, (_, i) => episodeOn(shiftDate(TODAY, -i), 8, i + 1))
    const { source, calls } = sourceOf(episodes, [checkInOn(TODAY)])
    const pages = await loadAll(source, { muscle: 'calf' })
    expect(pages.flatMap((p) => p.episodes).every((e) => e.muscle === 'calf')).toBe(true)
    expect(pages.flatMap((p) => p.episodes)).toHaveLength(6)
    expect(pages.flatMap((p) => p.checkIns)).toEqual([])
    expect(calls.range).toEqual([])
  })

  it('keeps check-ins inside a date range', async () => {
    const checkIns = Array.from({ length: 60 }, (_, i) => checkInOn(shiftDate(TODAY, -i)))
    const { source } = sourceOf([], checkIns)
    const pages = await loadAll(source, { from: '2026-02-01', to: '2026-02-10' })
    expect(pages.flatMap((p) => p.checkIns.map((c) => c.date)).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => shiftDate('2026-02-01', i)),
    )
  })

  it('skips long empty stretches instead of loading empty pages', async () => {
    const episodes = [episodeOn(TODAY, 9, 1), episodeOn('2021-06-01', 9, 2)]
    const checkIns = [checkInOn('2019-01-05')]
    const { source } = sourceOf(episodes, checkIns)
    const pages = await loadAll(source)
    expect(pages.map((p) => [...p.episodes.map(dayOf), ...p.checkIns.map((c) => c.date)])).toEqual([
      ['2026-03-10'],
      ['2021-06-01'],
      ['2019-01-05'],
    ])
  })

  it('pages back through years of imported workouts with no cramps or check-ins beside them', async () => {
    const workouts = [workoutOn(TODAY, 1), workoutOn('2024-05-01', 2), workoutOn('2022-01-09', 3)]
    const { source } = sourceOf([episodeOn(TODAY, 9, 1)], [], workouts)
    const pages = await loadAll(source)
    expect(pages.map((p) => p.workouts.map((w) => w.localDate))).toEqual([
      ['2026-03-10'],
      ['2024-05-01'],
      ['2022-01-09'],
    ])
    // A cramp-only filter leaves sessions out, as it does check-ins.
    const cramps = await loadAll(source, { muscle: 'calf' })
    expect(cramps.flatMap((p) => p.workouts)).toEqual([])
  })

  it('loads every cramp, check-in and workout exactly once, in bounded pages, newest first', async () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => shiftDate(TODAY, -n))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: 23 })), { maxLength: 40 }),
        fc.uniqueArray(day, { maxLength: 60 }),
        fc.array(day, { maxLength: 40 }),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        async (episodeDays, checkInDays, workoutDays, from, to) => {
          const episodes = episodeDays.map(([d, h], i) => episodeOn(d, h, i + 1))
          const checkIns = checkInDays.map(checkInOn)
          const workouts = workoutDays.map((d, i) => workoutOn(d, i + 1))
          const { source } = sourceOf(episodes, checkIns, workouts)
          const filter: EpisodeFilter = { from, to }
          const inRange = (date: string) => (!from || date >= from) && (!to || date <= to)
          const pages = await loadAll(source, filter)

          const ids = pages.flatMap((p) => p.episodes.map((e) => e.id))
          expect(ids.sort()).toEqual(
            episodes
              .filter((e) => inRange(dayOf(e)))
              .map((e) => e.id)
              .sort(),
          )
          const dates = pages.flatMap((p) => p.checkIns.map((c) => c.date))
          expect(dates.sort()).toEqual(checkInDays.filter(inRange).sort())
          const sessions = pages.flatMap((p) => p.workouts.map((w) => w.id))
          expect(sessions.sort()).toEqual(
            workouts
              .filter((w) => inRange(w.localDate))
              .map((w) => w.id)
              .sort(),
          )
          for (const [i, page] of pages.entries()) {
            expect(page.episodes.length).toBeLessThanOrEqual(options.pageSize)
            expect(page.checkIns.length).toBeLessThanOrEqual(options.windowDays)
            // Only the very first page of an empty journal may come back empty.
            if (i > 0)
              expect(
                page.episodes.length + page.checkIns.length + page.workouts.length,
              ).toBeGreaterThan(0)
            const next = pages[i + 1]
            if (next) {
              const newestNext = [...next.checkIns.map((c) => c.date)].sort().at(-1)
              const oldestHere = [...page.checkIns.map((c) => c.date)].sort()[0]
              if (newestNext && oldestHere) expect(newestNext < oldestHere).toBe(true)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
