import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { SettingsPatch } from '@shared/domain/settings'
import { invoke, isIpcError } from '@renderer/lib/ipc'

export const settingsKeys = {
  all: ['settings'] as const,
}

export const settingsQueries = {
  /**
   * Settings with defaults filled in, plus stored values that fell back.
   * Never stale: main pushes `settings:changed` whenever they change.
   */
  get: () =>
    queryOptions({
      queryKey: settingsKeys.all,
      queryFn: () => invoke('settings:get'),
      staleTime: Infinity,
      meta: { errorTitle: 'Could not load your settings' },
    }),
}

/** Saves a patch; main answers with the full snapshot, which replaces the cache. */
export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: SettingsPatch) => invoke('settings:update', patch),
    meta: { errorTitle: 'Settings not saved', errorToast: 'unless-field-errors' },
    onSuccess: (snapshot) => {
      queryClient.setQueryData(settingsKeys.all, snapshot)
    },
    onError: async (error) => {
      // A refused payload changed nothing; any other failure might have
      // happened after the write, so re-read what is actually stored.
      if (isIpcError(error) && error.code === 'invalid_input') return
      await queryClient.invalidateQueries({ queryKey: settingsKeys.all })
    },
  })
}
