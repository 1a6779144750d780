import { useState } from 'react'
import type { Routine } from '@shared/domain/routines/schema'
import { useToasts } from '@renderer/components/Toasts'
import { useRemoveRoutine } from '../queries'
import { ConfirmDialog } from '@renderer/components/ConfirmDialog'

type Target = Pick<Routine, 'id' | 'name' | 'builtIn'>

/** "Delete" for the user's own routines, "Hide" for built-ins (restorable). */
export function removeLabel(routine: Pick<Routine, 'builtIn'>): string {
  return routine.builtIn ? 'Hide' : 'Delete'
}

/**
 * The confirm-then-remove flow shared by the list and the detail screen.
 * `ask(routine)` opens the question; render `dialog` somewhere on the screen.
 */
export function useRemoveFlow(onRemoved?: (routine: Target) => void) {
  const [target, setTarget] = useState<Target | null>(null)
  const remove = useRemoveRoutine()
  const toasts = useToasts()

  const confirm = () => {
    if (target === null) return
    const routine = target
    setTarget(null)
    remove.mutate(routine.id, {
      onSuccess: () => {
        toasts.show({
          tone: 'info',
          title: routine.builtIn ? 'Routine hidden' : 'Routine deleted',
          message: routine.builtIn
            ? `${routine.name} is hidden. You can bring it back under Hidden built-in routines.`
            : `${routine.name} is deleted. Your past sessions with it stay in your history.`,
        })
        onRemoved?.(routine)
      },
    })
  }

  const dialog =
    target === null ? null : (
      <ConfirmDialog
        title={target.builtIn ? `Hide ${target.name}?` : `Delete ${target.name}?`}
        confirmLabel={target.builtIn ? 'Hide routine' : 'Delete routine'}
        cancelLabel="Keep it"
        tone="danger"
        onConfirm={confirm}
        onCancel={() => {
          setTarget(null)
        }}
      >
        <p>
          {target.builtIn
            ? 'It leaves your list of routines. You can bring it back at any time.'
            : 'This can’t be undone. Sessions you already did with it stay in your history.'}
        </p>
      </ConfirmDialog>
    )

  return { ask: setTarget, dialog, pending: remove.isPending }
}
