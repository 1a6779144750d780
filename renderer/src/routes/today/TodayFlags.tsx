import type { TodaySummary } from '@shared/contract/journal'
import { RedFlagList } from '@renderer/features/episodes/components'
import styles from '@renderer/features/episodes/cards.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** The journal's "see a clinician" signs, calmly, plus the medication note when it applies. */
export function TodayFlags({
  flags,
  medicationNote,
}: Pick<TodaySummary, 'flags' | 'medicationNote'>) {
  if (flags.length === 0 && medicationNote === null) return null
  return (
    <section className={cx('flag-section')} aria-labelledby="today-flags-title">
      <div className={cx('flag-section__header')}>
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
