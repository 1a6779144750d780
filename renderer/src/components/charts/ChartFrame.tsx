import { Button } from '@renderer/components/Button'
import { useId, useState, type ReactNode } from 'react'
import styles from './ChartFrame.module.css'

interface ChartFrameProps {
  title: string
  /** One plain-language line, read before the chart. */
  summary: string
  /** The drawing: a keyboard stop named by its own aria-label. */
  chart: ReactNode
  /** The same numbers as a table. */
  table: ReactNode
  /** When set, there is too little to draw: this message replaces chart and table. */
  empty?: string | null
  /** Spans the whole row (weekly charts read better wide). */
  wide?: boolean
}

/**
 * One chart with its title, its summary line above it, and a "Show as
 * table" / "Show as chart" switch. The chart itself is a keyboard stop (recharts moves its tooltip
 * with the arrow keys); the table carries the same numbers for anyone who
 * cannot see the drawing, and is always in the page for screen readers.
 */
export function ChartFrame({ title, summary, chart, table, empty, wide }: ChartFrameProps) {
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const titleId = `${id}-title`
  return (
    <section
      className={wide ? `${styles.frame} ${styles.wide}` : styles.frame}
      aria-labelledby={titleId}
    >
      <header className={styles.header}>
        <div className={styles.titles}>
          <h3 id={titleId}>{title}</h3>
          <p className={styles.summary}>{empty ?? summary}</p>
        </div>
        {empty ? null : (
          // The label says what a press does; a changing label with aria-pressed would say it twice.
          <Button
            tone="quiet"
            className={styles.toggle}
            onClick={() => {
              setAsTable((v) => !v)
            }}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        )}
      </header>
      {empty ? null : asTable ? (
        // Long tables scroll inside the card; a focusable region lets keyboard users scroll it.
        <div
          className={styles.table}
          tabIndex={0}
          role="region"
          aria-label={`${title}, as a table`}
        >
          {table}
        </div>
      ) : (
        <>
          <div className={styles.chart}>{chart}</div>
          <div className="visually-hidden">{table}</div>
        </>
      )}
    </section>
  )
}
