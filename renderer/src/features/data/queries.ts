import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { invoke } from '@renderer/lib/ipc'

export const dataKeys = { backups: ['data', 'backups'] as const }

export const dataQueries = {
  /** The backups in the data folder, newest first. */
  backups: () =>
    queryOptions({
      queryKey: dataKeys.backups,
      queryFn: () => invoke('data:backups'),
      meta: { errorTitle: 'Could not list the backups' },
    }),
}

/**
 * After a restore or a delete every cached answer may be wrong (journal,
 * check-ins, settings, reminders), so all of it is read again. The app's own
 * details and storage state did not change.
 */
async function refetchEverything(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] !== 'app',
  })
}

export function useRestoreBackup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => invoke('data:restore', { name }),
    // The section shows the reason beside the backup list.
    meta: { errorToast: false },
    onSuccess: () => refetchEverything(queryClient),
  })
}

export function useOpenDataFolder() {
  return useMutation({
    mutationFn: () => invoke('data:open-folder'),
    meta: { errorTitle: 'Could not open the data folder' },
  })
}

export function useDeleteAllData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { confirm: string; keepBackups: boolean }) =>
      invoke('data:delete-all', {
        confirm: input.confirm as 'DELETE',
        keepBackups: input.keepBackups,
      }),
    meta: { errorToast: false },
    onSuccess: () => {
      // Half-typed forms hold journal text too; they go with the rest.
      try {
        sessionStorage.clear()
      } catch {
        // Storage blocked: nothing was kept there either.
      }
      return refetchEverything(queryClient)
    },
  })
}
