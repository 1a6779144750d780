import { Button } from '@renderer/components/Button'
import { Link } from 'react-router'
import type { Episode } from '@shared/domain/episode'
import { episodeFlags } from '@shared/domain/red-flags'
import { mainNow } from '@renderer/lib/main-clock'
import { durationText, episodeTitle, episodeWhen } from '../format'
import { contextOptions, flagBadges, labelOf } from '../labels'
import { TimerIcon, TrashIcon } from './icons'
import styles from '../cards.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

export interface EpisodeCardProps {
  episode: Episode
  /** Shows a Delete button; pass `useDeleteEpisodeWithUndo()`'s function (with `episodeLabel`). */
  onDelete?: (id: string) => void
}

/** "Left hamstring, Tue 3 Mar, 03:00": names an entry in links, buttons and the undo snackbar. */
export function episodeLabel(episode: Episode): string {
  return `${episodeTitle(episode)}, ${episodeWhen(episode, mainNow())}`
}

function painLevel(pain: number): 'low' | 'mid' | 'high' {
  if (pain >= 7) return 'high'
  return pain >= 4 ? 'mid' : 'low'
}

/**
 * One cramp at a glance: when, where, how bad, and the entry's own red-flag
 * signs as badges. The title links to the entry's edit screen. Its heading
 * is an h3, for lists under a section or day heading.
 */
export function EpisodeCard({ episode, onDelete }: EpisodeCardProps) {
  const when = episodeWhen(episode, mainNow())
  const title = episodeTitle(episode)
  const duration = durationText(episode)
  const flags = episodeFlags(episode)
  const titleId = `episode-${episode.id}-title`
  const meta = [labelOf(contextOptions, episode.context), duration].filter(Boolean).join(' · ')
  return (
    <article className={cx('episode-card')} aria-labelledby={titleId}>
      <div className={cx('episode-card__body')}>
        <p className={cx('episode-card__when')}>
          <time dateTime={new Date(episode.startedAt).toISOString()}>{when}</time>
          {episode.loggedVia === 'cramp_now' ? (
            <span className={cx('episode-card__via')}>
              <TimerIcon size={14} /> timed
            </span>
          ) : null}
        </p>
        <h3 id={titleId} className={cx('episode-card__title')}>
          {/* The name adds the time, so links in a list of cramps tell apart. */}
          <Link to={`/journal/entry/${episode.id}`} aria-label={`${title}, ${when}`}>
            {title}
          </Link>
        </h3>
        <p className={cx('episode-card__meta')}>{meta}</p>
        {flags.length > 0 ? (
          <ul className={cx('episode-card__flags')} aria-label="Signs to mention to a clinician">
            {flags.map((key) => (
              <li key={key} className={cx('flag-badge')}>
                {flagBadges[key]}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className={cx('episode-card__aside')}>
        <p className={cx(`pain-badge pain-badge--${painLevel(episode.pain)}`)}>
          <span className={cx('pain-badge__label')}>Pain</span> <strong>{episode.pain}</strong>
          <span className={cx('pain-badge__of')}>/10</span>
        </p>
        {onDelete ? (
          <Button
            tone="quiet"
            size="small"
            className={cx('episode-card__delete')}
            aria-label={`Delete ${title}, ${when}`}
            onClick={() => {
              onDelete(episode.id)
            }}
          >
            <TrashIcon size={16} />
            Delete
            <span className="visually-hidden">
              : {title}, {when}
            </span>
          </Button>
        ) : null}
      </div>
    </article>
  )
}
