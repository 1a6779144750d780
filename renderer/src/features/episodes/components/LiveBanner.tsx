import { buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import type { LiveEpisode } from '@shared/contract/journal'
import { journalQueries } from '../queries'
import { useNow } from '@renderer/lib/use-now'
import { TimerIcon } from './icons'
import '../live.css'

/** Shown on every screen but the timer's own while a cramp timer runs (even after a restart). */
export function LiveBanner() {
  const { pathname } = useLocation()
  const live = useQuery({ ...journalQueries.live(), refetchOnWindowFocus: true })
  const running = live.data?.live
  if (!running || pathname === '/cramp-now') return null
  return <Banner live={running} />
}

function Banner({ live }: { live: LiveEpisode }) {
  const now = useNow(15_000)
  const minutes = Math.max(0, Math.floor((now - live.startedAt) / 60_000))
  return (
    <div className="live-banner">
      <span className="live-banner__icon">
        <TimerIcon />
      </span>
      <p className="live-banner__text">
        <strong>A cramp timer is running</strong>{' '}
        <span className="live-banner__since">
          {minutes === 0 ? 'started just now' : `started ${minutes} min ago`}
        </span>
      </p>
      <Link to="/cramp-now" className={buttonClass({ tone: 'primary' })}>
        Back to the timer
      </Link>
    </div>
  )
}
