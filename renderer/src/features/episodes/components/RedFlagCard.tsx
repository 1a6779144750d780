import type { ReactNode } from 'react'
import type { RedFlag } from '@shared/domain/red-flags'
import { HeartPulseIcon } from './icons'
import styles from '../cards.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

interface RedFlagCardProps {
  flag: Pick<RedFlag, 'sign' | 'why' | 'who' | 'sameDay'> & Partial<Pick<RedFlag, 'rule' | 'found'>>
  /** Extra lines, e.g. a link to the entries behind it. */
  children?: ReactNode
}

/**
 * A "see a clinician" sign, said calmly: which sign, why it matters, who
 * to talk to and, for journal flags, the rule and the count that raised it
 * (as pattern cards show theirs). An h3, under the screen's section heading.
 */
export function RedFlagCard({ flag, children }: RedFlagCardProps) {
  return (
    <article className={cx('flag-card')}>
      <span className={cx('flag-card__icon')}>
        <HeartPulseIcon />
      </span>
      <div className={cx('flag-card__body')}>
        <h3 className={cx('flag-card__sign')}>{flag.sign}</h3>
        <p>{flag.why}</p>
        {flag.sameDay ? <p className={cx('flag-card__same-day')}>{flag.sameDay}</p> : null}
        <p className="flag-card__who">
          <span className={cx('flag-card__who-label')}>Who to talk to:</span> {flag.who}
        </p>
        {flag.rule && flag.found ? (
          <dl className={cx('flag-card__basis')}>
            <div>
              <dt>The rule</dt>
              <dd>{flag.rule}</dd>
            </div>
            <div>
              <dt>In your journal</dt>
              <dd>{flag.found}</dd>
            </div>
          </dl>
        ) : null}
        {children}
      </div>
    </article>
  )
}
