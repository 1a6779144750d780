import type { ExperimentResult } from '@shared/contract/experiments'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

type Reading = ExperimentResult['intentionToTreat']

/** One reading (all nights, or only nights kept to plan): counts, then the result in words. */
export function ReadingBlock({
  title,
  reading,
  level = 4,
}: {
  title: string
  reading: Reading
  /** Heading level: 4 in Insights' card, 5 in the report's section. */
  level?: 4 | 5
}) {
  const Heading = level === 4 ? 'h4' : 'h5'
  return (
    <div className={cx('experiment-reading')} data-testid="experiment-reading">
      <Heading>{title}</Heading>
      <p className="trends-muted">
        ON: {reading.on.cramps} cramps in {reading.on.nights} nights · OFF: {reading.off.cramps}{' '}
        cramps in {reading.off.nights} nights
      </p>
      {reading.words ? (
        <>
          <p>{reading.words.headline}</p>
          <p>{reading.words.chance}</p>
          <p className="trends-muted">{reading.words.exact}</p>
        </>
      ) : (
        <p>Not enough answered nights on both sides yet to compare.</p>
      )}
    </div>
  )
}
