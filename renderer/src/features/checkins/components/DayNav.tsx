import { Button, buttonClass } from '@renderer/components/Button'
import { Link } from 'react-router'
import { shiftDate } from '@shared/domain/local-time'

/** The check-in's address: today has the short one. */
export function checkInPath(date: string, today: string): string {
  return date === today ? '/check-in' : `/check-in/${date}`
}

/** Previous and next day, never into the future. */
export function DayNav({ date, today }: { date: string; today: string }) {
  const previous = shiftDate(date, -1)
  const next = shiftDate(date, 1)
  return (
    <nav className="day-nav" aria-label="Check-in day">
      <Link className={buttonClass()} to={checkInPath(previous, today)}>
        <span aria-hidden="true">←</span> Previous day
      </Link>
      {date < today ? (
        <Link className={buttonClass()} to={checkInPath(next, today)}>
          Next day <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <Button disabled>
          Next day <span aria-hidden="true">→</span>
        </Button>
      )}
      {date < today ? (
        <Link className={buttonClass({ tone: 'quiet' })} to="/check-in">
          Back to today
        </Link>
      ) : null}
    </nav>
  )
}
