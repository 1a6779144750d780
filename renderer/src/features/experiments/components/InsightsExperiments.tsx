import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { experimentQueries } from '../queries'
import { ResultCard } from './ResultCard'

/** Insights: the result card of each experiment that has started, newest first. */
export function InsightsExperiments() {
  const list = useQuery(experimentQueries.list())
  const shown = (list.data ?? []).filter((v) => v.status !== 'scheduled').reverse()
  return (
    <section className="trends-section" aria-labelledby="insights-experiments">
      <div className="trends-section__header">
        <h2 id="insights-experiments">Personal experiments</h2>
        <p className="trends-muted">
          A habit switched on and off in random order, night by night, is the fairest test of
          whether it helps you: before-and-after comparisons mislead, because cramps often ease over
          time anyway. <Link to="/experiments">Set one up or see yours</Link>.
        </p>
      </div>
      {shown.map((v) => (
        <ResultCard key={v.experiment.id} id={v.experiment.id} />
      ))}
    </section>
  )
}
