import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import {
  EpisodeCard,
  episodeLabel,
  useDeleteEpisodeWithUndo,
} from '@renderer/features/episodes/components'
import { journalQueries } from '@renderer/features/episodes/queries'

/** The last few cramps, each a step away from its details. */
export function RecentCramps({ lastNightCramps }: { lastNightCramps: number }) {
  // Quiet on failure: Today's actions matter more than this list.
  const recent = useQuery({ ...journalQueries.list({}, 3), meta: { errorToast: false } })
  const deleteWithUndo = useDeleteEpisodeWithUndo()
  const items = recent.data?.items ?? []
  return (
    <section className="recent-cramps" aria-labelledby="recent-title">
      <div className="recent-cramps__header">
        <h2 id="recent-title">Recent cramps</h2>
        <Link to="/journal">Open the journal</Link>
      </div>
      {lastNightCramps > 0 ? (
        <p className="card__text">
          {lastNightCramps === 1 ? 'One cramp' : `${lastNightCramps} cramps`} logged last night.
        </p>
      ) : null}
      {recent.isPending ? null : recent.isError ? (
        <p className="recent-cramps__empty">Limber couldn’t load your recent cramps just now.</p>
      ) : items.length === 0 ? (
        <p className="recent-cramps__empty">
          Nothing logged yet. When a cramp hits, Cramp now times it and walks you through what
          helps.
        </p>
      ) : (
        <ul className="recent-cramps__list">
          {items.map((episode) => (
            <li key={episode.id}>
              <EpisodeCard
                episode={episode}
                onDelete={() => void deleteWithUndo(episode.id, episodeLabel(episode))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
