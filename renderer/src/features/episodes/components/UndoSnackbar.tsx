import { Button } from '@renderer/components/Button'
import { useEffect, useSyncExternalStore } from 'react'
import { CloseIcon } from '@renderer/components/icons'
import { useRestoreEpisode } from '../queries'
import { undoStore } from '../undo'
import { UndoIcon } from './icons'
import '../live.css'

/**
 * The undo offer after a delete, mounted once by the layout so it outlasts
 * the screen that deleted. Undo works by button or Ctrl/Cmd+Z while shown.
 */
export function UndoSnackbar() {
  const pending = useSyncExternalStore(undoStore.subscribe, undoStore.getSnapshot)
  const restore = useRestoreEpisode()
  useEffect(
    () => () => {
      undoStore.clear()
    },
    [],
  )

  const undo = () => {
    if (pending?.state !== 'deleted') return
    const { id } = pending
    undoStore.update(id, 'restoring')
    restore.mutate(id, {
      onSuccess: () => {
        undoStore.update(id, 'restored')
      },
      // Too late or failed: the mutation cache explains in a toast.
      onError: () => {
        undoStore.clear()
      },
    })
  }

  useEffect(() => {
    if (pending?.state !== 'deleted') return
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing = target?.closest('input, textarea, [contenteditable="true"]')
      if (
        typing ||
        event.key.toLowerCase() !== 'z' ||
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey
      )
        return
      event.preventDefault()
      undo()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
    }
  })

  return (
    <div className="undo-snackbar-region" aria-live="polite">
      {pending ? (
        <div className="undo-snackbar">
          <p className="undo-snackbar__text">
            {pending.state === 'restored' ? 'Restored: ' : 'Deleted: '}
            {pending.label}
            {pending.state === 'deleted' ? (
              <span className="visually-hidden">
                . Undo is available for a few seconds, also with Control+Z.
              </span>
            ) : null}
          </p>
          {pending.state === 'restored' ? null : (
            <Button
              className="undo-snackbar__undo"
              aria-disabled={pending.state === 'restoring' || undefined}
              onClick={undo}
            >
              <UndoIcon size={16} />
              Undo
            </Button>
          )}
          <button
            type="button"
            className="icon-button undo-snackbar__close"
            aria-label="Dismiss"
            onClick={() => {
              undoStore.clear()
            }}
          >
            <CloseIcon size={16} />
          </button>
        </div>
      ) : null}
    </div>
  )
}
