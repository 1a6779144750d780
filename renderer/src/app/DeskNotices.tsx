import { useEffect } from 'react'
import { useToasts } from '../components/Toasts'
import { onEvent } from '../lib/ipc'

/**
 * Messages main sends about the desktop around the window. When the system
 * refuses reminder notifications (main sends that once, ever) the hint stays
 * until dismissed: the window may have been hidden in the tray when it came.
 */
export function DeskNotices() {
  const toasts = useToasts()
  useEffect(
    () =>
      onEvent('reminders:notifications-failed', ({ title, message }) => {
        toasts.show({ tone: 'error', title, message })
      }),
    [toasts],
  )
  return null
}
