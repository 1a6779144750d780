import { useQuery } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import { Link } from 'react-router'
import { experimentQueries } from '../queries'

const long = (date: string) => format(parseISO(date), 'd MMM yyyy')

/**
 * In the bedtime reminder's settings while a bedtime-stretch experiment is
 * scheduled or running: main turns the reminder on for ON nights and off for
 * OFF nights without touching the switch here, so the user's own choice is
 * what applies again afterwards.
 */
export function BedtimeExperimentNote() {
  const list = useQuery(experimentQueries.list())
  const current = list.data?.find(
    (v) =>
      v.experiment.habit === 'bedtime-stretch' &&
      (v.status === 'running' || v.status === 'scheduled'),
  )
  if (!current) return null
  const { startDate, endDate } = current.experiment
  return (
    <p className="field__hint experiment-bedtime-note" data-testid="bedtime-experiment-note">
      From {long(startDate)} to {long(endDate)} your experiment decides this reminder: on for ON
      nights, off for OFF nights. Your own switch here applies again afterwards.{' '}
      <Link to="/experiments">Your experiment</Link>
    </p>
  )
}
