import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { journalQueries } from '@renderer/features/episodes/queries'
import { ResultCard } from '@renderer/features/experiments/components/ResultCard'
import { ScheduleCard } from '@renderer/features/experiments/components/ScheduleCard'
import { SetupForm } from '@renderer/features/experiments/components/SetupForm'
import { experimentQueries } from '@renderer/features/experiments/queries'
import '@renderer/features/trends/trends.css'
import styles from '@renderer/features/experiments/experiments.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

/** experiments: set one up, follow the running one, and every earlier one with its result. */
export function ExperimentsScreen() {
  const list = useQuery(experimentQueries.list())
  const today = useQuery(journalQueries.today())
  const [params] = useSearchParams()
  if (!list.data || !today.data) return null
  const current = list.data.find((v) => v.status === 'running' || v.status === 'scheduled')
  const follow = list.data.find((v) => v.experiment.id === params.get('follow'))
  const earlier = list.data.filter((v) => v !== current).reverse()
  return (
    <div className="screen experiments-screen">
      <ScreenHeader
        title="Experiments"
        lead="Does a habit cut your cramps? Switch it on and off in random order and compare."
      />
      {current ? (
        <>
          <ScheduleCard view={current} />
          <ResultCard id={current.experiment.id} />
        </>
      ) : (
        <SetupForm
          key={follow?.experiment.id ?? 'new'}
          today={today.data.date}
          followsId={follow?.experiment.id ?? null}
          initial={
            follow
              ? {
                  habit: follow.experiment.habit,
                  customHabit: follow.experiment.customHabit,
                  design: { ...follow.experiment.design, periodNights: 14 },
                }
              : undefined
          }
        />
      )}
      {earlier.length > 0 ? (
        <h2 className={cx('experiments-screen__earlier')}>Earlier experiments</h2>
      ) : null}
      {earlier.map((v) => (
        <ResultCard key={v.experiment.id} id={v.experiment.id} />
      ))}
    </div>
  )
}
