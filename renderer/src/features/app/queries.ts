import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { invoke } from '@renderer/lib/ipc'

export const appKeys = {
  info: ['app', 'info'] as const,
  storageStatus: ['app', 'storage-status'] as const,
}

export const appQueries = {
  /** Version, data folder and shell; fixed for the life of the window. */
  info: () =>
    queryOptions({
      queryKey: appKeys.info,
      queryFn: () => invoke('app:info'),
      staleTime: Infinity,
      meta: { errorTitle: 'Could not read app details' },
    }),
  /** Checked once before the shell; only start-fresh changes it. */
  storageStatus: () =>
    queryOptions({
      queryKey: appKeys.storageStatus,
      queryFn: () => invoke('app:storage-status'),
      staleTime: Infinity,
      // The storage gate shows this failure full-window, not as a toast.
      meta: { errorToast: false },
    }),
}

/**
 * Replaces a quarantined database with an empty one. Everything cached so
 * far was read while storage was unavailable, so it is all refetched.
 */
export function useStartFresh() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => invoke('app:start-fresh'),
    meta: { errorToast: false },
    onSuccess: async (status) => {
      queryClient.setQueryData(appKeys.storageStatus, status)
      if (status.state !== 'ok') return
      await queryClient.invalidateQueries({
        predicate: (query) =>
          !(query.queryKey[0] === 'app' && query.queryKey[1] === appKeys.storageStatus[1]),
      })
    },
  })
}

export function useQuitApp() {
  return useMutation({
    mutationFn: () => invoke('app:quit'),
    meta: { errorToast: false },
  })
}
