import type { ReactNode } from 'react'
import type { RedFlag } from '../../../../../shared/domain/red-flags'
import { HeartPulseIcon } from './icons'
import '../cards.css'

interface RedFlagCardProps {
  flag: Pick<RedFlag, 'sign' | 'why' | 'who'>
  /** Extra lines, e.g. a link to the entries behind it. */
  children?: ReactNode
}

/**
 * A "see a clinician" sign, said calmly: which sign, why it matters and who
 * to talk to. An h3, under the screen's section heading.
 */
export function RedFlagCard({ flag, children }: RedFlagCardProps) {
  return (
    <article className="flag-card">
      <span className="flag-card__icon">
        <HeartPulseIcon />
      </span>
      <div className="flag-card__body">
        <h3 className="flag-card__sign">{flag.sign}</h3>
        <p>{flag.why}</p>
        <p className="flag-card__who">
          <span className="flag-card__who-label">Who to talk to:</span> {flag.who}
        </p>
        {children}
      </div>
    </article>
  )
}
