import type { RefObject } from 'react'
import { Notice } from '@renderer/components/Notice'
import styles from './ErrorSummary.module.css'

interface ErrorSummaryProps {
  /** Focused after a failed save, so a screen reader hears the summary first. */
  ref: RefObject<HTMLDivElement | null>
  /** What did not happen: "Check-in not saved". */
  title: string
  /** Problems with no field of their own to sit beside: [key, message]. */
  unplaced: [string, string][]
}

/** Above a form after a failed save: reassurance, plus problems without a field of their own. */
export function ErrorSummary({ ref, title, unplaced }: ErrorSummaryProps) {
  return (
    <div ref={ref} tabIndex={-1} className={styles.summary}>
      <Notice tone="danger" title={title} role="alert">
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
