import { useQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { sourceFrom } from '@renderer/features/routines/paths'
import { RoutinePlayer } from '@renderer/features/routines/player/RoutinePlayer'
import { routinesQueries } from '@renderer/features/routines/queries'
import { BackLink } from './RoutineDetailScreen'

/** routines/:id/play?source=…: the full-window player for one routine. */
export function PlayerScreen() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const source = sourceFrom(params.get('source'))
  const query = useQuery(routinesQueries.get(id))

  if (!query.data) {
    return (
      <div className="screen">
        <BackLink />
        <ScreenHeader title={query.isPending ? 'Routine' : 'Routine not found'} />
        {query.isPending ? (
          <p role="status" className="rt-muted">
            Loading…
          </p>
        ) : (
          <Notice tone="warning">
            <p>{query.error.message}</p>
          </Notice>
        )}
      </div>
    )
  }
  // A new routine (or a new source) starts a fresh player.
  return <RoutinePlayer key={`${query.data.id}:${source}`} routine={query.data} source={source} />
}
