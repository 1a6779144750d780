import { Button } from '@renderer/components/Button'
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import styles from './confirm-dialog.module.css'
import { moduleClasses } from '@renderer/lib/module-classes'

const cx = moduleClasses(styles)

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  /** danger: the confirm button reads as a destructive action. */
  tone?: 'danger' | 'normal'
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A modal question, shown while mounted. The native <dialog> keeps focus
 * inside and closes on Esc (which counts as cancel); the safe answer comes
 * first and takes focus.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'normal',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const answered = useRef(false)
  const id = useId()

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else dialog.setAttribute('open', '')
    cancelRef.current?.focus()
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
    }
  }, [])

  const answer = (fn: () => void) => {
    answered.current = true
    fn()
  }

  return (
    <dialog
      ref={ref}
      className={cx('confirm-dialog')}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => {
        // Esc closes the dialog natively: that is "cancel".
        if (!answered.current) onCancel()
      }}
    >
      <h2 id={`${id}-title`} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={`${id}-body`} className={cx('confirm-dialog__body')}>
        {children}
      </div>
      <div className={cx('form-actions confirm-dialog__actions')}>
        <Button
          ref={cancelRef}

          onClick={() => {
            answer(onCancel)
          }}
        >
          {cancelLabel}
        </Button>
        <Button
          tone={tone === 'danger' ? 'danger' : 'primary'}
          onClick={() => {
            answer(onConfirm)
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  )
}
