import { useQuery } from '@tanstack/react-query'
import { InsightsExperiments, experimentQueries } from '@renderer/features/experiments'
import { ChartsLoading } from '@renderer/components/charts/ChartsLoading'
import { dateLong, plural } from '../format'
import { QueryErrorNotice } from '@renderer/components/QueryError'
import { trendsQueries } from '../queries'
import { FactorCard } from './FactorCard'
import { PatternCard } from './PatternCard'
import { RedFlagsSection } from './RedFlagsSection'
import './insights.css'

/** Factor effects, the patterns that fit, and the red-flag summary. */
export function InsightsPanel() {
  const query = useQuery(trendsQueries.insights())
  // Fetched alongside, not after: the page shows once, with its experiments in place.
  const experiments = useQuery(experimentQueries.results())
  if (query.isPending || experiments.isPending) return <ChartsLoading what="insights" />
  if (query.isError)
    return <QueryErrorNotice title="Your insights couldn’t be loaded" query={query} />
  const data = query.data
  return (
    <>
      <p className="trends-period">
        From {dateLong(data.from)} to {dateLong(data.to)}: {plural(data.cramps, 'cramp')} and{' '}
        {plural(data.checkInDays + (data.checkedInToday ? 1 : 0), 'check-in day')}.
        {data.checkedInToday
          ? ` Today’s check-in joins the comparisons below tomorrow, once its night is over.`
          : null}
      </p>
      <section className="trends-section" aria-labelledby="insights-patterns">
        <div className="trends-section__header">
          <h2 id="insights-patterns">Patterns in your journal</h2>
          <p className="trends-muted">
            Four common patterns of leg cramps, and which of them your entries resemble. Several can
            fit at once.
          </p>
        </div>
        {data.patterns.map((p) => (
          <PatternCard key={p.id} pattern={p} />
        ))}
        {/* A warning sign brings "See a professional" even in a young journal: the
            note on what the other patterns still need shows beside it. */}
        {data.thinData !== null || data.patterns.length === 0 ? (
          <p className="insights-none">
            {data.thinData ?? 'None of the four patterns fits your journal at the moment.'}
          </p>
        ) : null}
      </section>
      <section className="trends-section" aria-labelledby="insights-factors">
        <div className="trends-section__header">
          <h2 id="insights-factors">What goes with cramp nights</h2>
          <p className="trends-muted">
            For each habit: how often the night after a day with it had a cramp, against days
            without it, with the number of days on each side. These show what tends to go together
            in your journal, not what causes what.
          </p>
          <p className="trends-muted">
            Rates are compared once each side has {data.minDaysPerSide} days. A difference is called
            clear only when its 95% interval leaves out “no difference” and there are at least{' '}
            {data.minCrampNights} cramp nights in all; otherwise it could be chance. That is
            stricter than apps that compare 3 days with a habit against 3 without.
          </p>
        </div>
        <div className="factor-grid">
          {data.factors.map((f) => (
            <FactorCard key={f.factor} effect={f} />
          ))}
        </div>
      </section>
      <InsightsExperiments
        results={experiments.data ?? []}
        error={experiments.isError ? experiments.error.message : null}
      />
      <RedFlagsSection flags={data.redFlags} medicationNote={data.medicationNote} />
    </>
  )
}
