import { buttonClass } from '@renderer/components/Button'
import { QueryErrorNotice } from '@renderer/components/QueryError'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { AdherenceSection } from '@renderer/features/routines/components/AdherenceSection'
import { HiddenBuiltIns } from '@renderer/features/routines/components/HiddenBuiltIns'
import { HistorySection } from '@renderer/features/routines/components/HistorySection'
import { PlusIcon } from '@renderer/features/routines/components/icons'
import { useRemoveFlow } from '@renderer/features/routines/components/RemoveRoutine'
import { RoutineCard } from '@renderer/features/routines/components/RoutineCard'
import { routinesQueries } from '@renderer/features/routines/queries'
import '@renderer/features/routines/routines.css'

function focusHeading() {
  document.querySelector<HTMLElement>('[data-screen-heading]')?.focus()
}

/** Every routine (built-in and the user's own), habits so far and recent sessions. */
export function RoutinesScreen() {
  const list = useQuery(routinesQueries.list())
  const removal = useRemoveFlow(focusHeading)
  const routines = list.data?.routines ?? []
  const builtIns = routines.filter((r) => r.builtIn)
  const own = routines.filter((r) => !r.builtIn)

  return (
    <div className="screen routines-screen">
      <ScreenHeader
        title="Routines"
        lead="Short, guided stretches and exercises. Start one, or make your own version."
      />
      <AdherenceSection />

      {list.isPending ? (
        <p role="status" className="rt-muted">
          Loading routines…
        </p>
      ) : null}
      {list.isError ? (
        <QueryErrorNotice title="Your routines couldn’t be loaded" query={list} />
      ) : null}
      {list.data && list.data.unreadable.length > 0 ? (
        <Notice tone="warning" title="Some saved routines couldn’t be read">
          <p>
            {list.data.unreadable.length === 1
              ? 'One of your routines is left out of this list.'
              : `${list.data.unreadable.length} of your routines are left out of this list.`}{' '}
            They are kept as they are and nothing was deleted.
          </p>
        </Notice>
      ) : null}

      {list.data ? (
        <>
          <section className="routines-section" aria-labelledby="own-routines-title">
            <div className="rt-section-heading rt-section-heading--with-action">
              <h2 id="own-routines-title">Your routines</h2>
              <Link to="/routines/new" className={buttonClass()}>
                <PlusIcon size={16} />
                New routine
              </Link>
            </div>
            {own.length === 0 ? (
              <p className="rt-muted">
                None yet. Duplicate a built-in routine to change its times or steps, or start a new
                one from scratch.
              </p>
            ) : (
              <ul className="routine-cards">
                {own.map((routine) => (
                  <RoutineCard key={routine.id} routine={routine} onRemove={removal.ask} />
                ))}
              </ul>
            )}
          </section>

          <section className="routines-section" aria-labelledby="builtin-routines-title">
            <div className="rt-section-heading">
              <h2 id="builtin-routines-title">Built-in routines</h2>
              <p className="rt-section-heading__hint">
                Ready to use. Duplicate one to make it your own.
              </p>
            </div>
            {builtIns.length === 0 ? (
              <p className="rt-muted">All built-in routines are hidden.</p>
            ) : (
              <ul className="routine-cards">
                {builtIns.map((routine) => (
                  <RoutineCard key={routine.id} routine={routine} onRemove={removal.ask} />
                ))}
              </ul>
            )}
            <HiddenBuiltIns hidden={list.data.hiddenBuiltIns} />
          </section>
        </>
      ) : null}

      <HistorySection />
      {removal.dialog}
    </div>
  )
}
