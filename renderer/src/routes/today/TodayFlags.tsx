import type { TodaySummary } from '@shared/contract/insights'
import { RedFlagList } from '@renderer/features/episodes/components'

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
      <RedFlagList flags={flags} medicationNote={medicationNote} />
    </section>
  )
}
