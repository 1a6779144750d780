import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
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
  return null
}
