import { Button } from '@renderer/components/Button'
import { useState } from 'react'
import type { ExperimentView } from '@shared/contract/experiments'
import { format, parseISO } from 'date-fns'
import { shiftDate } from '@shared/domain/local-time'
import { useAbandonExperiment } from '../queries'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const long = (date: string) => format(parseISO(date), 'EEE d MMM yyyy')

/** The locked schedule in full, and the only way out of it: abandoning (kept, marked). */
export function ScheduleCard({ view }: { view: ExperimentView }) {
  const { experiment } = view
  const abandon = useAbandonExperiment()
  const [confirming, setConfirming] = useState(false)
  return (
    <section className={cx('card experiment-schedule')} aria-labelledby="experiment-schedule-title">
      <h2 id="experiment-schedule-title">Your experiment: {view.habitLabel}</h2>
      <p>
        {view.totalNights} nights, {long(experiment.startDate)} to the night of{' '}
        {long(experiment.endDate)}. The order was drawn at random when it started and is locked; it
        cannot be changed, only abandoned.
      </p>
      <ol className="list experiment-schedule__periods">
        {experiment.design.baseline ? (
          <li>Baseline: nights 1–7, from {long(experiment.startDate)}, habits as usual</li>
        ) : null}
        {experiment.periods.map((p) => (
          <li key={p.firstNight}>
            Pair {p.pair + 1}, <strong>{p.arm.toUpperCase()}</strong>: nights {p.firstNight + 1}–
            {p.firstNight + p.nights}, from {long(shiftDate(experiment.startDate, p.firstNight))}{' '}
            (first {experiment.design.washoutNights} not analysed)
          </li>
        ))}
      </ol>
      <p className="trends-muted">
        Lock (SHA-256 of the schedule):{' '}
        <code className={cx('experiment-hash')}>{experiment.scheduleHash}</code>
      </p>
      {confirming ? (
        <div
          className="experiment-schedule__confirm"
          role="group"
          aria-label="Abandon the experiment?"
        >
          <p>Abandon it? It stays in your journal, marked abandoned, and gives no result.</p>
          <Button
            tone="danger"
            disabled={abandon.isPending}
            onClick={() => {
              abandon.mutate(experiment.id)
            }}
          >
            Yes, abandon it
          </Button>{' '}
          <Button
            onClick={() => {
              setConfirming(false)
            }}
          >
            Keep going
          </Button>
        </div>
      ) : (
        <Button
          tone="quiet"
          onClick={() => {
            setConfirming(true)
          }}
        >
          Abandon this experiment…
        </Button>
      )}
    </section>
  )
}
