import { buttonClass } from '@renderer/components/Button'
import { Link } from 'react-router'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { JournalTimeline } from '@renderer/features/timeline/components/JournalTimeline'
import { TimelineFilters } from '@renderer/features/timeline/components/TimelineFilters'
import { useUrlFilter } from '@renderer/features/timeline/useUrlFilter'
import '@renderer/features/timeline/timeline.css'

/**
 * The journal: cramps and check-ins by day. Filters and search are kept
 * in the URL, so going to an entry and coming back keeps them.
 */
export function JournalScreen() {
  const { filter, update, clear } = useUrlFilter()
  return (
    <div className="screen">
      <div className="journal-header">
        <ScreenHeader title="Journal" lead="Your cramps and daily check-ins, day by day." />
        <div className="journal-header__actions">
          <Link className={buttonClass({ tone: 'primary' })} to="/journal/log">
            Log a cramp
          </Link>
          <Link className={buttonClass()} to="/check-in">
            Daily check-in
          </Link>
        </div>
      </div>
      <JournalTimeline
        filter={filter}
        onClearFilters={clear}
        toolbar={<TimelineFilters filter={filter} onChange={update} onClear={clear} />}
      />
    </div>
  )
}
