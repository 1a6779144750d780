import { infiniteQueryOptions } from '@tanstack/react-query'
import type { EpisodeFilter } from '@shared/contract/journal'
import { invoke } from '@renderer/lib/ipc'
import { todayLocal } from '@renderer/features/checkins'
import { firstPageParam, loadTimelinePage, type TimelineSource } from './paging'

/**
 * Under `journal`, so anything that changes cramps (log, edit, delete,
 * import) refreshes the timeline by invalidating `['journal']`; check-in
 * saves invalidate it too.
 */
export const timelineKeys = {
  all: ['journal', 'timeline'] as const,
  list: (filter: EpisodeFilter) => ['journal', 'timeline', filter] as const,
}

/** A page of cramps is small enough to render at once; ten years never load together. */
export const TIMELINE_PAGE_SIZE = 50
const WINDOW_DAYS = 90

const source: TimelineSource = {
  listEpisodes: (input) => invoke('journal:list', input),
  listCheckIns: (from, to) => invoke('checkins:range', { from, to }),
  checkInBefore: async (date) => (await invoke('checkins:get', { date })).previous,
  listWorkouts: (from, to) => invoke('workouts:list', { from, to }),
  workoutBefore: (date) => invoke('workouts:latest-before', { date }),
}

export const timelineQueries = {
  list: (filter: EpisodeFilter) =>
    infiniteQueryOptions({
      queryKey: timelineKeys.list(filter),
      queryFn: ({ pageParam }) =>
        loadTimelinePage(source, filter, pageParam, {
          today: todayLocal(),
          pageSize: TIMELINE_PAGE_SIZE,
          windowDays: WINDOW_DAYS,
        }),
      initialPageParam: firstPageParam,
      getNextPageParam: (page) => page.next,
      meta: { errorTitle: 'Could not load your journal', errorToast: false },
    }),
}
