import { Link } from 'react-router'
import type { RedFlagView } from '@shared/contract/journal'
import { Notice } from '@renderer/components/Notice'
import { RedFlagCard } from './RedFlagCard'
import styles from '../cards.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** The section around a red-flag list (Today, an entry, Insights). */
export const flagSectionClass = cx('flag-section')

interface RedFlagListProps {
  flags: readonly RedFlagView[]
  medicationNote: string | null
}

/**
 * The journal's red flags as cards, each linking to the entry behind it,
 * then the medication note when it applies. Today and Insights show the
 * same list under their own headings.
 */
export function RedFlagList({ flags, medicationNote }: RedFlagListProps) {
  return (
    <>
      {flags.map((flag) => {
        const latest = flag.episodeIds[0]
        return (
          <RedFlagCard key={flag.key} flag={flag}>
            {latest ? (
              <p className={cx('flag-card__link')}>
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
    </>
  )
}
