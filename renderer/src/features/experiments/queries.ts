import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { ExperimentSetup } from '@shared/domain/experiments/record'
import { invoke } from '@renderer/lib/ipc'

export const experimentKeys = {
  all: ['experiments'] as const,
  list: () => [...experimentKeys.all, 'list'] as const,
  tonight: () => [...experimentKeys.all, 'tonight'] as const,
  result: (id: string) => [...experimentKeys.all, 'result', id] as const,
  results: () => [...experimentKeys.all, 'results'] as const,
}

export const experimentQueries = {
  list: () =>
    queryOptions({ queryKey: experimentKeys.list(), queryFn: () => invoke('experiments:list') }),
  tonight: () =>
    queryOptions({
      queryKey: experimentKeys.tonight(),
      queryFn: () => invoke('experiments:tonight'),
      meta: { errorToast: false },
    }),
  /** Every started experiment's result, newest first, in one round trip (Insights). */
  results: () =>
    queryOptions({
      queryKey: experimentKeys.results(),
      queryFn: () => invoke('experiments:results'),
      meta: { errorToast: false },
    }),
  result: (id: string) =>
    queryOptions({
      queryKey: experimentKeys.result(id),
      queryFn: () => invoke('experiments:result', { id }),
      meta: { errorToast: false },
    }),
}

/** Starting or abandoning changes the list, tonight's line and Today's morning question. */
function useRefresh() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: experimentKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['today'] }),
    ])
}

export function useStartExperiment() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: (setup: ExperimentSetup) => invoke('experiments:start', setup),
    meta: { errorTitle: 'Experiment not started', errorToast: false },
    onSuccess: refresh,
  })
}

export function useAbandonExperiment() {
  const refresh = useRefresh()
  return useMutation({
    mutationFn: (id: string) => invoke('experiments:abandon', { id }),
    meta: { errorTitle: 'Experiment not abandoned' },
    onSuccess: refresh,
  })
}
