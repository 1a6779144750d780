import { Button } from '@renderer/components/Button'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { FullWindow } from '../components/FullWindow'
import { AlertIcon } from '../components/icons'
import { RecoveryScreen } from '../features/app/components/RecoveryScreen'
import { appQueries } from '../features/app/queries'
import { prefetchToday } from './prefetch'

/**
 * Nothing else shows until main says the database opened; if it was
 * quarantined, the recovery screen replaces the whole app. Today's data is
 * asked for alongside the check (see prefetchToday).
 */
export function StorageGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  // Once per window, beside the storage check rather than after it.
  useState(() => {
    prefetchToday(queryClient)
  })
  const status = useQuery(appQueries.storageStatus())

  if (status.isPending) {
    return (
      <div className="splash" role="status">
        Opening your journal…
      </div>
    )
  }
  if (status.isError) {
    return (
      <FullWindow labelledBy="storage-check-title">
        <span className="empty-state__art">
          <AlertIcon size={28} />
        </span>
        <h1 id="storage-check-title">Limber couldn’t check your journal</h1>
        <p>{status.error.message}</p>
        <div className="form-actions">
          <Button tone="primary" onClick={() => void status.refetch()}>
            Try again
          </Button>
        </div>
      </FullWindow>
    )
  }
  if (status.data.state === 'quarantined') return <RecoveryScreen status={status.data} />
  return children
}
