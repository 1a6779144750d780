import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ExportKind } from '@shared/contract/transfer'
import { invoke } from '@renderer/lib/ipc'

/** Export through the save dialog (app) or as a download (browser preview). */
export function useExportJournal() {
  return useMutation({
    mutationFn: (kind: ExportKind) => invoke('journal:export', { kind }),
    meta: { errorTitle: 'Export failed' },
  })
}

/** Validates the whole file and counts what would change; changes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (content: string) => invoke('journal:import-preview', { content }),
    // The import panel shows the precise problem itself.
    meta: { errorToast: false },
  })
}

/**
 * Merges the file in one transaction. Afterwards everything read from the
 * journal is stale: cramps, check-ins, routines, reminders, settings and
 * Today. Only the app's own details are not touched by an import.
 */
export function useImportJournal() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (content: string) => invoke('journal:import', { content }),
    meta: { errorToast: false },
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'app',
      })
    },
  })
}
