import type { Insights } from '@shared/contract/trends'
import { flagSectionClass, RedFlagList } from '@renderer/features/episodes'

/** The journal's "see a clinician" signs, calmly; or plainly none. */
interface RedFlagsSectionProps {
  flags: Insights['redFlags']
  medicationNote: Insights['medicationNote']
}

export function RedFlagsSection({ flags, medicationNote }: RedFlagsSectionProps) {
  return (
    <section className={`trends-section ${flagSectionClass}`} aria-labelledby="insights-flags">
      <div className="trends-section__header">
        <h2 id="insights-flags">Signs worth a word with a clinician</h2>
        <p className="trends-muted">
          Checked against the warning signs for leg cramps. This is not a diagnosis, just a prompt
          to ask.
        </p>
      </div>
      {flags.length === 0 ? (
        <p>None of the warning signs shows in your journal right now.</p>
      ) : null}
      <RedFlagList flags={flags} medicationNote={medicationNote} />
    </section>
  )
}
