import { buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { duplicateRoutine } from '@shared/domain/routines/catalogue'
import type { Routine } from '@shared/domain/routines/schema'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { useToasts } from '@renderer/components/Toasts'
import { draftFrom, emptyDraft, type RoutineDraft } from '@renderer/features/routines/editor/draft'
import { RoutineEditor } from '@renderer/features/routines/editor/RoutineEditor'
import { routinesQueries } from '@renderer/features/routines/queries'
import { BackLink } from './RoutineDetailScreen'

function useAfterSave() {
  const navigate = useNavigate()
  const toasts = useToasts()
  return (routine: Routine) => {
    toasts.show({ tone: 'info', title: 'Routine saved', message: `${routine.name} is saved.` })
    void navigate(`/routines/${routine.id}`)
  }
}

/** routines/:id/edit: the user's own routine. Built-ins are read-only and offer Duplicate. */
export function RoutineEditScreen() {
  const { id = '' } = useParams()
  const query = useQuery(routinesQueries.get(id))
  const onSaved = useAfterSave()
  const routine = query.data

  if (!routine || routine.builtIn) {
    return (
      <EditorShell title="Edit routine" back={`/routines/${id}`}>
        {query.isPending ? (
          <p role="status" className="rt-muted">
            Loading…
          </p>
        ) : routine?.builtIn ? (
          <Notice>
            <p>
              Built-in routines can’t be changed. Duplicate it to make your own version, then edit
              that.
            </p>
            <div className="form-actions">
              <Link to={`/routines/new?from=${encodeURIComponent(id)}`} className={buttonClass()}>
                Duplicate {routine.name}
              </Link>
            </div>
          </Notice>
        ) : (
          <Notice tone="warning">
            <p>{query.error?.message ?? 'That routine no longer exists.'}</p>
          </Notice>
        )}
      </EditorShell>
    )
  }
  return (
    <EditorShell title={`Edit ${routine.name}`} back={`/routines/${routine.id}`}>
      <RoutineEditor
        key={routine.id}
        initial={draftFrom(routine, { keepId: true })}
        cancelTo={`/routines/${routine.id}`}
        onSaved={onSaved}
      />
    </EditorShell>
  )
}

/** routines/new, or routines/new?from=<id> to start from a copy of another routine. */
export function NewRoutineScreen() {
  const [params] = useSearchParams()
  const from = params.get('from')
  const source = useQuery({ ...routinesQueries.get(from ?? ''), enabled: from !== null })
  const onSaved = useAfterSave()

  if (from !== null && !source.data) {
    return (
      <EditorShell title="New routine" back="/routines">
        {source.isPending ? (
          <p role="status" className="rt-muted">
            Loading…
          </p>
        ) : (
          <Notice tone="warning">
            <p>{source.error.message}</p>
          </Notice>
        )}
      </EditorShell>
    )
  }
  const title = source.data ? `Duplicate ${source.data.name}` : 'New routine'
  return (
    <EditorShell title={title} back={source.data ? `/routines/${source.data.id}` : '/routines'}>
      <NewDraftEditor key={from ?? 'empty'} source={source.data} onSaved={onSaved} />
    </EditorShell>
  )
}

function NewDraftEditor({
  source,
  onSaved,
}: {
  source: Routine | undefined
  onSaved: (r: Routine) => void
}) {
  // Built once: later refetches of the source must not replace what the user typed.
  const [initial] = useState<RoutineDraft>(() =>
    source ? draftFrom(duplicateRoutine(source, 'copy'), { keepId: false }) : emptyDraft(),
  )
  return (
    <RoutineEditor
      initial={initial}
      cancelTo={source ? `/routines/${source.id}` : '/routines'}
      onSaved={onSaved}
    />
  )
}

function EditorShell({
  title,
  back,
  children,
}: {
  title: string
  back: string
  children: ReactNode
}) {
  return (
    <div className="screen routine-edit-screen">
      <BackLink to={back} label="Back" />
      <ScreenHeader title={title} />
      {children}
    </div>
  )
}
