import { Button } from '@renderer/components/Button'
import { QueryErrorNotice } from '@renderer/components/QueryError'
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import type { EpisodeFilter } from '@shared/contract/journal'
import { todayLocal, checkInQueries } from '@renderer/features/checkins'
import { episodeLabel, useDeleteEpisodeWithUndo } from '@renderer/features/episodes'
import { settingsQueries } from '@renderer/features/settings'
import { hasAnyFilter, hasEpisodeFilter } from '../filters'
import { groupByDay } from '../group'
import { timelineQueries } from '../queries'
import { DayItem } from './DayItem'
import { JournalEmpty, NoResults } from './JournalEmpty'
import { useLoadOnScroll } from './useLoadOnScroll'

interface JournalTimelineProps {
  filter: EpisodeFilter
  onClearFilters: () => void
  /** Search and filters; left out while the journal is still empty. */
  toolbar: ReactNode
}

/** The journal, day by day, newest first, one page at a time. */
export function JournalTimeline({ filter, onClearFilters, toolbar }: JournalTimelineProps) {
  const query = useInfiniteQuery({
    ...timelineQueries.list(filter),
    placeholderData: keepPreviousData,
  })
  const settings = useQuery(settingsQueries.get())
  const medications = useQuery(checkInQueries.medications())
  const deleteWithUndo = useDeleteEpisodeWithUndo()
  const days = useMemo(() => groupByDay(query.data?.pages ?? []), [query.data])
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const loadMoreRef = useLoadOnScroll<HTMLDivElement>(
    hasNextPage && !isFetchingNextPage && !query.isFetchNextPageError,
    query.data?.pages.length ?? 0,
    () => void fetchNextPage(),
  )

  if (query.isPending) {
    return (
      <>
        {toolbar}
        <p className="field__hint" role="status">
          Loading your journal…
        </p>
      </>
    )
  }
  if (query.isError && !query.data) {
    return (
      <QueryErrorNotice tone="danger" title="Limber couldn’t load your journal" query={query} />
    )
  }

  const filtered = hasAnyFilter(filter)
  const firstUse = days.length === 0 && !hasNextPage && !filtered
  const episodeCount = days.reduce((n, day) => n + day.episodes.length, 0)
  const checkInCount = days.reduce((n, day) => n + (day.checkIn ? 1 : 0), 0)
  const today = todayLocal()
  // Until settings load, the defaults (glasses, 2,000 ml) stand in.
  const water = settings.data?.settings ?? { waterUnit: 'glasses' as const, waterTargetMl: 2000 }

  return (
    <>
      {firstUse ? null : toolbar}
      <section className="timeline-section" aria-label="Entries">
        <p className="timeline-section__count" role="status">
          {query.isPlaceholderData
            ? 'Updating…'
            : countText(
                episodeCount,
                checkInCount,
                hasEpisodeFilter(filter),
                hasNextPage,
                filtered,
              )}
        </p>
        {firstUse ? (
          <JournalEmpty />
        ) : days.length === 0 && !hasNextPage ? (
          <NoResults onClear={onClearFilters} />
        ) : (
          <ol className="timeline" aria-busy={query.isPlaceholderData || undefined}>
            {days.map((day) => (
              <DayItem
                key={day.date}
                day={day}
                today={today}
                waterUnit={water.waterUnit}
                waterTargetMl={water.waterTargetMl}
                medications={medications.data}
                onDelete={(episode) => void deleteWithUndo(episode.id, episodeLabel(episode))}
              />
            ))}
          </ol>
        )}
        <div ref={loadMoreRef} className="timeline-more">
          {query.isFetchNextPageError ? (
            <p className="field__error" role="alert">
              Limber couldn’t load older entries. {query.error.message}
            </p>
          ) : null}
          {hasNextPage ? (
            <Button
              aria-disabled={isFetchingNextPage || undefined}
              onClick={() => {
                if (!isFetchingNextPage) void fetchNextPage()
              }}
            >
              {isFetchingNextPage ? 'Loading older entries…' : 'Load older entries'}
            </Button>
          ) : days.length > 0 ? (
            <p className="timeline-more__end">
              {filtered ? 'No older matches.' : 'The start of your journal.'}
            </p>
          ) : null}
        </div>
      </section>
    </>
  )
}

function countText(
  episodes: number,
  checkIns: number,
  cramps: boolean,
  more: boolean,
  filtered: boolean,
): string {
  if (episodes + checkIns === 0 && !more) return filtered ? 'No entries match.' : ''
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const parts = [plural(episodes, 'cramp', 'cramps')]
  if (!cramps) parts.push(plural(checkIns, 'check-in', 'check-ins'))
  const tail = more ? ', newest first. Older entries load as you scroll.' : '.'
  return `Showing ${parts.join(' and ')}${tail}`
}
