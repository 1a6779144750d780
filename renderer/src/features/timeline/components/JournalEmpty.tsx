import { Button, buttonClass } from '@renderer/components/Button'
import { Link } from 'react-router'
import { JournalIcon, PatternIcon } from '@renderer/components/icons'

/** First use: nothing logged yet, and the two ways to start. */
export function JournalEmpty() {
  return (
    <section className="journal-empty" aria-labelledby="journal-empty-title">
      <span className="empty-state__art">
        <JournalIcon size={28} />
      </span>
      <h2 id="journal-empty-title">Nothing in your journal yet</h2>
      <div className="empty-state__text">
        <p>
          Log each cramp when it happens, or afterwards, and add a short daily check-in about water,
          activity and sleep. Over time, your days here show what your cramps have in common.
        </p>
      </div>
      <div className="form-actions">
        <Link className={buttonClass({ tone: 'primary' })} to="/journal/log">
          Log a cramp
        </Link>
        <Link className={buttonClass()} to="/check-in">
          Daily check-in
        </Link>
      </div>
    </section>
  )
}

/** Filters that match nothing: say so, and offer the way back. */
export function NoResults({ onClear }: { onClear: () => void }) {
  return (
    <section className="journal-empty journal-empty--quiet" aria-labelledby="journal-none-title">
      <span className="empty-state__art">
        <PatternIcon size={28} />
      </span>
      <h2 id="journal-none-title">No entries match</h2>
      <p className="empty-state__text">
        Nothing in your journal fits this search and these filters. Try fewer filters or other
        words.
      </p>
      <div className="form-actions">
        <Button onClick={onClear}>Clear search and filters</Button>
      </div>
    </section>
  )
}
