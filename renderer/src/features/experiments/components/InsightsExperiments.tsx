import type { ExperimentResult } from '@shared/contract/experiments'
import { Link } from 'react-router'
import { ResultCardView } from './ResultCard'

/**
 * Insights: the result card of each experiment that has started, newest
 * first. The results come from Insights' own query, loaded with its other data.
 */
export function InsightsExperiments({
  results,
  error,
}: {
  results: ExperimentResult[]
  error: string | null
}) {
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
      {error ? <p role="alert">Your experiments couldn’t be loaded: {error}</p> : null}
      {results.map((r) => (
        <ResultCardView key={r.view.experiment.id} result={r} />
      ))}
    </section>
  )
}
