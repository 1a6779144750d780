import { useQuery } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import type { ReportPeriod } from '@shared/contract/trends'
import { designWords, limitsWords } from '@shared/domain/experiments/report-words'
import { experimentQueries } from '../queries'
import { AdherenceList } from './AdherenceList'
import { ReadingBlock } from './ReadingBlock'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const long = (date: string) => format(parseISO(date), 'd MMM yyyy')

/**
 * The clinician report's experiment sections: every experiment with a night
 * in the report's period, finished, running or abandoned, each with its
 * design, adherence, result and limits. Nothing at all when there is none,
 * since most people never run one.
 */
export function ReportExperiments({ period }: { period: ReportPeriod }) {
  const list = useQuery(experimentQueries.list())
  const inPeriod = (list.data ?? []).filter(
    (v) =>
      v.status !== 'scheduled' &&
      v.experiment.startDate <= period.to &&
      v.experiment.endDate >= period.from,
  )
  return inPeriod.map((v) => <ReportExperiment key={v.experiment.id} id={v.experiment.id} />)
}

function ReportExperiment({ id }: { id: string }) {
  const query = useQuery(experimentQueries.result(id))
  if (!query.data) return query.isError ? <p role="alert">{query.error.message}</p> : null
  const r = query.data
  const { experiment, status, habitLabel } = r.view
  const titleId = `report-experiment-${id}`
  const state =
    status === 'finished'
      ? 'finished'
      : status === 'abandoned'
        ? 'abandoned early, so it has no result'
        : 'still running, so this is a reading so far'
  return (
    <section className="report-section report-experiment" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Personal experiment: {habitLabel}, {long(experiment.startDate)} to{' '}
        {long(experiment.endDate)}
      </h3>
      <p>
        A randomised experiment on one person (N-of-1), {state}. {r.view.totalNights} nights in all.
      </p>
      <h4>Design</h4>
      <p>{designWords(experiment.design, habitLabel)}</p>
      <h4>Keeping to the schedule</h4>
      <AdherenceList adherence={r.adherence} />
      <p className="trends-muted">
        {r.missingNights} analysed {r.missingNights === 1 ? 'night has' : 'nights have'} no morning
        answer.
      </p>
      {status === 'abandoned' ? null : (
        <>
          <h4>Result</h4>
          <div className={cx('experiment-result__readings')}>
            <ReadingBlock
              level={5}
              title="All nights as scheduled (intention to treat)"
              reading={r.intentionToTreat}
            />
            <ReadingBlock
              level={5}
              title="Only nights kept to plan (per protocol)"
              reading={r.perProtocol}
            />
          </div>
        </>
      )}
      <h4>Limits</h4>
      <ul>
        {limitsWords(experiment.design).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
