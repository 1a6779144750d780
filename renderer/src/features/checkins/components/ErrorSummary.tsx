import type { RefObject } from 'react'
import { Notice } from '@renderer/components/Notice'

/** Above the form after a failed save: reassurance, plus problems without a field of their own. */
export function ErrorSummary({
  ref,
  unplaced,
}: {
  ref: RefObject<HTMLDivElement | null>
  unplaced: [string, string][]
}) {
  return (
    <div ref={ref} tabIndex={-1} className="checkin-errors">
      <Notice tone="danger" title="Check-in not saved" role="alert">
        <p>
          Nothing was lost. Fix the marked {unplaced.length > 0 ? 'problems' : 'fields'}, then save
          again.
        </p>
        {unplaced.length > 0 ? (
          <ul className="list">
            {unplaced.map(([key, message]) => (
              <li key={key}>{message}</li>
            ))}
          </ul>
        ) : null}
      </Notice>
    </div>
  )
}
