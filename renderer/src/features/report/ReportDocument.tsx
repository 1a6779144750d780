import { useQuery } from '@tanstack/react-query'
import type { ReportPeriod } from '@shared/contract/trends'
import {
  WeeklyChart,
  dateLong,
  plural,
  trendsQueries,
  WeeklyTable,
} from '@renderer/features/trends'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { QueryErrorNotice } from '@renderer/components/QueryError'
import { ReportExperiments } from '@renderer/features/experiments'
import { ReportSummary } from './ReportSummary'
import {
  DurationAndTime,
  Medications,
  Notes,
  RedFlagChecklist,
  TriedAndTriggers,
} from './ReportTables'

/**
 * The printable report for one period: what a clinician needs on a page or
 * two, with the not-a-diagnosis line at the top and the bottom. Loaded on
 * demand with recharts (the weekly chart).
 */
export function ReportDocument({ period }: { period: ReportPeriod }) {
  const query = useQuery(trendsQueries.report(period))
  if (query.isPending) return <ChartsLoading what="the report" />
  if (query.isError)
    return <QueryErrorNotice title="The report couldn’t be prepared" query={query} />
  const data = query.data
  return (
    // Always the light palette: the sheet reads as paper on screen in either
    // theme, and prints black on white.
    <article className="report-doc" data-theme="light" aria-labelledby="report-title">
      <header className="report-doc__header">
        <h2 id="report-title">Leg cramp report</h2>
        <p className="report-doc__period">
          {dateLong(data.from)} to {dateLong(data.to)} ({plural(data.days, 'day')}). Prepared with
          Limber on {dateLong(data.generatedOn)} from the person’s own journal.
        </p>
        <p className="report-disclaimer">{data.disclaimer}</p>
      </header>
      <ReportSummary data={data} />
      <section className="report-section" aria-labelledby="report-weekly">
        <h3 id="report-weekly">Cramps per week</h3>
        {data.cramps === 0 ? (
          <p className="report-none">No cramps logged in this period.</p>
        ) : (
          <>
            <div className="report-chart">
              <WeeklyChart data={data.weekly} label="Cramps per week, by where they happened" />
            </div>
            <div className="visually-hidden">
              <WeeklyTable data={data.weekly} />
            </div>
          </>
        )}
      </section>
      <DurationAndTime data={data} />
      <RedFlagChecklist data={data} />
      <Medications data={data} />
      <TriedAndTriggers data={data} />
      <ReportExperiments period={period} />
      <Notes data={data} />
      <footer className="report-doc__footer">
        <p className="report-disclaimer">{data.disclaimer}</p>
      </footer>
    </article>
  )
}
