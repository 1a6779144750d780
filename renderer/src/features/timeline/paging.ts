import type { Cursor, EpisodeFilter, EpisodePage } from '@shared/contract/journal'
import type { CheckIn } from '@shared/domain/checkin'
import type { Episode } from '@shared/domain/episode'
import type { Workout } from '@shared/domain/workouts/session'
import { localDate, shiftDate } from '@shared/domain/local-time'
import { hasEpisodeFilter } from './filters'

/**
 * Where the next page of the timeline starts. Cramps page by main's cursor;
 * check-ins and imported workouts page by date, always below the dates
 * already shown, so each is loaded exactly once.
 */
export interface TimelinePageParam {
  cursor: Cursor | null
  /** No cramps are left to load (only older check-ins). */
  episodesDone: boolean
  /** The newest date this page loads check-ins for (inclusive); null on the first page. */
  upper: string | null
}

export interface TimelinePage {
  episodes: Episode[]
  checkIns: CheckIn[]
  workouts: Workout[]
  next: TimelinePageParam | null
}

/** What a page needs from main. */
export interface TimelineSource {
  listEpisodes(input: {
    filter: EpisodeFilter
    cursor: Cursor | null
    limit: number
  }): Promise<EpisodePage>
  listCheckIns(from: string, to: string): Promise<CheckIn[]>
  /** The newest check-in strictly before `date`, if any. */
  checkInBefore(date: string): Promise<CheckIn | null>
  /** Imported sessions on local dates from `from` to `to`, inclusive. */
  listWorkouts(from: string, to: string): Promise<Workout[]>
  /** The newest date with an imported session strictly before `date`, if any. */
  workoutBefore(date: string): Promise<string | null>
}

export interface PagingOptions {
  /** The user's local date today. */
  today: string
  pageSize: number
  /** The most days of check-ins one page covers, so pages stay small after long gaps. */
  windowDays: number
}

export const firstPageParam: TimelinePageParam = { cursor: null, episodesDone: false, upper: null }

export const dayOf = (e: Pick<Episode, 'startedAt' | 'utcOffsetMin'>): string =>
  localDate({ at: e.startedAt, utcOffsetMin: e.utcOffsetMin })

const cursorOf = (e: Episode): Cursor => ({ startedAt: e.startedAt, id: e.id })

function later(...dates: (string | null | undefined)[]): string | null {
  let best: string | null = null
  for (const d of dates) if (d && (best === null || d > best)) best = d
  return best
}

/**
 * Loads one page: up to `pageSize` cramps, and the check-ins for the days
 * those cramps span (at most `windowDays`). With a cramp-only filter
 * active, check-ins are left out, so this is plain cursor paging.
 */
export async function loadTimelinePage(
  source: TimelineSource,
  filter: EpisodeFilter,
  param: TimelinePageParam,
  { today, pageSize, windowDays }: PagingOptions,
): Promise<TimelinePage> {
  const cramps = hasEpisodeFilter(filter)
  // The newest date this page may load check-ins for (check-ins never lie in the future).
  const top = param.upper ?? filter.to ?? today
  const [page, latest, latestWorkout] = await Promise.all([
    param.episodesDone
      ? Promise.resolve<EpisodePage>({ items: [], nextCursor: null })
      : source.listEpisodes({ filter, cursor: param.cursor, limit: pageSize }),
    cramps ? Promise.resolve(null) : source.checkInBefore(shiftDate(top, 1)),
    cramps ? Promise.resolve(null) : source.workoutBefore(shiftDate(top, 1)),
  ])

  if (cramps) {
    const next = page.nextCursor
      ? { cursor: page.nextCursor, episodesDone: false, upper: null }
      : null
    return { episodes: page.items, checkIns: [], workouts: [], next }
  }

  // Start the window at the newest thing there is, so a long quiet spell never yields an empty page.
  const newest = page.items[0]
  const inRange = (date: string | null | undefined) =>
    date && (!filter.from || date >= filter.from) ? date : null
  const latestCheckIn = inRange(latest?.date)
  const latestSession = inRange(latestWorkout)
  const anchor = later(newest ? dayOf(newest) : null, latestCheckIn, latestSession) ?? top
  const floor = later(shiftDate(anchor, -(windowDays - 1)), filter.from) ?? anchor
  const oldest = page.items.at(-1)
  // With more cramps to come, this page ends at the oldest day it holds.
  const from = page.nextCursor && oldest ? (later(floor, dayOf(oldest)) ?? floor) : floor

  // Cramps older than the window wait for a later page, where their day's check-in loads too.
  const cut = page.items.findIndex((e) => dayOf(e) < from)
  const episodes = cut === -1 ? page.items : page.items.slice(0, cut)
  const dropped = cut === -1 ? undefined : page.items[cut]
  const lastKept = episodes.at(-1)
  const cursor = dropped ? (lastKept ? cursorOf(lastKept) : param.cursor) : page.nextCursor
  const episodesDone = param.episodesDone || (!dropped && page.nextCursor === null)

  const [checkIns, before, workouts, sessionBefore] = await Promise.all([
    latestCheckIn && from <= top ? source.listCheckIns(from, top) : Promise.resolve([]),
    source.checkInBefore(from),
    latestSession && from <= top ? source.listWorkouts(from, top) : Promise.resolve([]),
    source.workoutBefore(from),
  ])

  // The next page starts at the next day with anything on it.
  const nextCrampDay = dropped ? dayOf(dropped) : episodesDone ? null : shiftDate(from, -1)
  const nextUpper = later(nextCrampDay, inRange(before?.date), inRange(sessionBefore))
  const next = nextUpper === null ? null : { cursor, episodesDone, upper: nextUpper }
  return { episodes, checkIns, workouts, next }
}
