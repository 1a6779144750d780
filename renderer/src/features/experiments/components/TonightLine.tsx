import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Tonight } from '@shared/contract/experiments'
import { experimentQueries } from '../queries'
import styles from '../experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

const whatToDo: Record<Tonight['role'], string> = {
  on: 'Do it tonight.',
  off: 'Leave it out tonight, even if you usually do it.',
  baseline: 'Keep your usual habits this week.',
}

/** Today's line while an experiment runs: "Night 9 of 56. Tonight: the bedtime stretch (ON)". */
export function TonightLine() {
  const tonight = useQuery(experimentQueries.tonight())
  if (!tonight.data) return null
  const t = tonight.data
  return (
    <section className={cx('card experiment-tonight')} aria-label="Your experiment tonight">
      <p className={cx('experiment-tonight__line')}>{t.line}</p>
      <p className={cx('experiment-tonight__note')}>
        {whatToDo[t.role]}
        {t.washout ? ' A washout night: it is not analysed, but the schedule still holds.' : null}
      </p>
      <Link to="/experiments">Your experiment</Link>
    </section>
  )
}
