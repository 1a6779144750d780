import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { playPath } from '../features/routines/paths'
import { settingsKeys } from '../features/settings/queries'
import { onEvent } from '../lib/ipc'

/** Main's pushes that update cached data (navigation is handled by the layout). */
export function EventSubscriptions() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onEvent('settings:changed', (snapshot) => {
        // A read still in flight would otherwise land after this newer
        // snapshot and overwrite it; cancelling reverts it synchronously.
        void queryClient.cancelQueries({ queryKey: settingsKeys.all })
        queryClient.setQueryData(settingsKeys.all, snapshot)
      }),
    [queryClient],
  )
  // Tray, reminders and "cramp now" start a routine through one event. This
  // sits outside the router, so it moves the hash the router listens to.
  useEffect(
    () =>
      onEvent('routines:start', ({ routineId, source }) => {
        window.location.hash = `#${playPath(routineId, source)}`
      }),
    [],
  )
  return null
}
