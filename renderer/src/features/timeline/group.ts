import type { CheckIn } from '@shared/domain/checkin'
import type { Episode } from '@shared/domain/episode'
import type { Workout } from '@shared/domain/workouts/session'
import { dayOf, type TimelinePage } from './paging'

/** One local day on the timeline: its cramps (newest first), its check-in and imported sessions. */
export interface TimelineDay {
  date: string
  episodes: Episode[]
  checkIn: CheckIn | null
  workouts: Workout[]
}

/**
 * Groups loaded pages by the local day each entry happened on (an episode's
 * own stored offset, so 3 a.m. abroad stays 3 a.m.), newest day first.
 */
export function groupByDay(pages: readonly TimelinePage[]): TimelineDay[] {
  const days = new Map<string, TimelineDay>()
  const dayFor = (date: string): TimelineDay => {
    let day = days.get(date)
    if (!day) {
      day = { date, episodes: [], checkIn: null, workouts: [] }
      days.set(date, day)
    }
    return day
  }
  const seen = new Set<string>()
  for (const page of pages) {
    for (const episode of page.episodes) {
      // A refetch can briefly shift page boundaries; never show an entry twice.
      if (seen.has(episode.id)) continue
      seen.add(episode.id)
      dayFor(dayOf(episode)).episodes.push(episode)
    }
    for (const checkIn of page.checkIns) dayFor(checkIn.date).checkIn = checkIn
    for (const workout of page.workouts) {
      if (seen.has(workout.id)) continue
      seen.add(workout.id)
      dayFor(workout.localDate).workouts.push(workout)
    }
  }
  const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  for (const day of sorted) {
    day.episodes.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
  }
  return sorted
}
