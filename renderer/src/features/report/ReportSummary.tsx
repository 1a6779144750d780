import type { ReportData } from '@shared/contract/trends'
import { secondsText } from '@renderer/features/episodes'
import { plural } from '@renderer/features/trends'

/** The headline numbers a clinician reads first. */
export function ReportSummary({ data }: { data: ReportData }) {
  const items: [string, string][] = [
    ['Cramps', String(data.cramps)],
    ['Per week', data.perWeek.toFixed(1)],
    ['Nights with a cramp', `${data.nightsAffected} of ${data.nights}`],
    ['Average pain', data.pain.average === null ? '–' : `${data.pain.average.toFixed(1)} / 10`],
    ['Highest pain', data.pain.peak === null ? '–' : `${data.pain.peak} / 10`],
    ['Severe (pain 8 or more)', plural(data.pain.severe, 'cramp')],
    [
      'Typical length',
      data.duration.medianSec === null ? 'Not timed' : secondsText(data.duration.medianSec),
    ],
    [
      'Longest',
      data.duration.longestSec === null ? 'Not timed' : secondsText(data.duration.longestSec),
    ],
  ]
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h3 id="report-summary">Summary</h3>
      <dl className="report-stats">
        {items.map(([term, value]) => (
          <div key={term} className="report-stat">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
