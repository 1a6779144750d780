import '../experiments.css'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { experimentQueries } from '../queries'

/** Today's line while an experiment runs: "Night 9 of 56. Tonight: the bedtime stretch (ON)". */
export function TonightLine() {
  const tonight = useQuery(experimentQueries.tonight())
  if (!tonight.data) return null
  return (
    <p className="card experiment-tonight">
      <span>{tonight.data.line}</span>
      {tonight.data.washout ? (
        <span className="experiment-tonight__note">
          {' '}
          A washout night: not analysed, but it still counts.
        </span>
      ) : null}{' '}
      <Link to="/experiments">Your experiment</Link>
    </p>
  )
}
