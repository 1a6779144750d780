import { Link } from 'react-router'
import type { TodaySummary } from '../../../../shared/contract/insights'
import { Notice } from '../../components/Notice'
import { RedFlagCard } from '../../features/episodes/components'

/** The journal's "see a clinician" signs, calmly, plus the medication note when it applies. */
export function TodayFlags({
  flags,
  medicationNote,
}: Pick<TodaySummary, 'flags' | 'medicationNote'>) {
  if (flags.length === 0 && medicationNote === null) return null
  return (
    <section className="flag-section" aria-labelledby="today-flags-title">
      <div className="flag-section__header">
        <h2 id="today-flags-title">Worth a word with a clinician</h2>
        <p className="card__text">
          Your recent entries show signs worth checking. This is not a diagnosis, just a prompt to
          ask.
        </p>
      </div>
      {flags.map((flag) => {
        const latest = flag.episodeIds[0]
        return (
          <RedFlagCard key={flag.key} flag={flag}>
            {latest ? (
              <p className="flag-card__link">
                <Link to={`/journal/entry/${latest}`}>
                  {flag.episodeIds.length === 1
                    ? 'See the entry'
                    : `See the latest of ${flag.episodeIds.length} entries`}
                </Link>
              </p>
            ) : null}
          </RedFlagCard>
        )
      })}
      {medicationNote ? (
        <Notice title="Medicines">
          <p>{medicationNote}</p>
        </Notice>
      ) : null}
    </section>
  )
}
