import { useQuery } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import { Link } from 'react-router'
import { periodBands } from '@shared/domain/experiments/chart'
import type { ExperimentResult } from '@shared/contract/experiments'
import { AfterFirstPaint } from '@renderer/components/AfterFirstPaint'
import { ChartFrame } from '@renderer/components/charts/ChartFrame'
import { experimentQueries } from '../queries'
import { AdherenceList } from './AdherenceList'
import { NightsChart } from './NightsChart'
import { NightsTable } from './NightsTable'
import { ReadingBlock } from './ReadingBlock'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** One experiment's result, fetched by id (the Experiments screen). */
export function ResultCard({ id }: { id: string }) {
  const query = useQuery(experimentQueries.result(id))
  if (!query.data) return query.isError ? <p role="alert">{query.error.message}</p> : null
  return <ResultCardView result={query.data} />
}

/** One experiment's result: both readings side by side, adherence, trend, chart and table. */
export function ResultCardView({ result: r }: { result: ExperimentResult }) {
  const { experiment, status, habitLabel } = r.view
  const titleId = `experiment-${experiment.id}-title`
  return (
    <section
      className={cx('card experiment-result')}
      aria-labelledby={titleId}
      data-testid="experiment-result"
    >
      <h3 id={titleId}>
        {status === 'finished' ? 'Result' : status === 'abandoned' ? 'Abandoned' : 'So far'}:{' '}
        {habitLabel}, {format(parseISO(experiment.startDate), 'd MMM')} to{' '}
        {format(parseISO(experiment.endDate), 'd MMM yyyy')}
      </h3>
      {status === 'abandoned' ? (
        <p>This experiment was stopped early, so it has no result; the nights it has are kept.</p>
      ) : null}
      <div className={cx('experiment-result__readings')}>
        <ReadingBlock
          title="All nights as scheduled (intention to treat)"
          reading={r.intentionToTreat}
        />
        <ReadingBlock title="Only nights kept to plan (per protocol)" reading={r.perProtocol} />
      </div>
      <p className="trends-muted">
        {r.missingNights} analysed {r.missingNights === 1 ? 'night has' : 'nights have'} no morning
        answer and {r.missingNights === 1 ? 'is' : 'are'} left out, not counted as quiet. Washout
        nights are not analysed.{' '}
        {r.trend.slopePerWeek === null
          ? null
          : `Over the whole experiment, cramps changed by ${r.trend.slopePerWeek.toFixed(2)} a night per week, ON and OFF together: the paired, randomised order is what keeps that drift out of the comparison.`}
      </p>
      <AdherenceList adherence={r.adherence} />
      <ChartFrame
        wide
        title="Cramps per night"
        summary="Bars are cramps each night; shading marks the ON and OFF periods. Nights with no answer have no bar."
        chart={
          // Drawn a frame after the card: the words are the answer, and recharts
          // takes longer to lay out 56 bars than the rest of Insights takes to show.
          <AfterFirstPaint height={250}>
            <NightsChart
              nights={r.nights}
              bands={periodBands(experiment.design, experiment.periods)}
              label={`Cramps per night during the experiment on ${habitLabel}`}
            />
          </AfterFirstPaint>
        }
        table={
          <AfterFirstPaint height={0}>
            <NightsTable nights={r.nights} />
          </AfterFirstPaint>
        }
      />
      <p className="trends-muted">
        Schedule locked at the start: SHA-256{' '}
        <code className={cx('experiment-hash')}>{experiment.scheduleHash}</code>
      </p>
      {status === 'finished' || status === 'abandoned' ? (
        <p>
          <Link to={`/experiments?follow=${experiment.id}`}>Run it again longer</Link>
        </p>
      ) : null}
    </section>
  )
}
