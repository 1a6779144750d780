import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { ClipboardIcon, PenIcon, TimerIcon } from '@renderer/features/episodes/components/icons'
import { journalQueries, useStartLive } from '@renderer/features/episodes/queries'

/** The home screen's first job: one big "Cramp now", then the two everyday actions. */
export function TodayActions() {
  const navigate = useNavigate()
  const live = useQuery(journalQueries.live())
  const start = useStartLive()
  const running = live.data?.live != null

  const crampNow = () => {
    if (running) {
      void navigate('/cramp-now')
      return
    }
    if (start.isPending) return
    // Open the guide whatever happens: if the timer failed to start, it says so there.
    start.mutate(undefined, { onSettled: () => void navigate('/cramp-now') })
  }

  return (
    <div className="today-actions">
      <button
        type="button"
        className="cramp-now-button"
        aria-labelledby="cramp-now-title"
        aria-describedby="cramp-now-hint"
        onClick={crampNow}
      >
        <span className="cramp-now-button__icon">
          <TimerIcon size={34} />
        </span>
        <span className="cramp-now-button__text">
          <span id="cramp-now-title" className="cramp-now-button__title">
            {running ? 'Back to the cramp timer' : 'Cramp now'}
          </span>
          <span id="cramp-now-hint" className="cramp-now-button__hint">
            {running ? 'A timer is running' : 'Start a timer and see what helps, step by step'}
          </span>
        </span>
      </button>
      <div className="today-actions__more">
        <Link to="/journal/log" className="action-link">
          <span className="action-link__icon">
            <PenIcon />
          </span>
          Log a past cramp
        </Link>
        <Link to="/check-in" className="action-link">
          <span className="action-link__icon">
            <ClipboardIcon />
          </span>
          Daily check-in
        </Link>
      </div>
    </div>
  )
}
