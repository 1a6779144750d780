import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { WorkoutEdit } from '@shared/domain/workouts/session'
import { invoke } from '@renderer/lib/ipc'

/**
 * Imported sessions are read by the check-in, the journal timeline (under
 * `journal`) and Trends, so a change refreshes all three.
 */
export const workoutKeys = {
  all: ['workouts'] as const,
  between: (from: string, to: string) => ['workouts', from, to] as const,
}

export const workoutQueries = {
  /** Sessions on local days `from`..`to` (inclusive), oldest first. */
  between: (from: string, to: string) =>
    queryOptions({
      queryKey: workoutKeys.between(from, to),
      queryFn: () => invoke('workouts:list', { from, to }),
      meta: { errorTitle: 'Could not load your imported workouts', errorToast: false },
    }),
}

export async function refreshAfterWorkoutChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: workoutKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['journal'] }),
    queryClient.invalidateQueries({ queryKey: ['trends'] }),
  ])
}

/** Gives an imported session an effort or another sport; saved at once. */
export function useEditWorkout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (edit: WorkoutEdit) => invoke('workouts:edit', edit),
    meta: { errorTitle: 'Change not saved' },
    onSuccess: () => refreshAfterWorkoutChange(queryClient),
  })
}

/** Removes an imported session from the journal (importing its file again brings it back). */
export function useRemoveWorkout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => invoke('workouts:remove', { id }),
    meta: { errorTitle: 'Session not removed' },
    onSuccess: () => refreshAfterWorkoutChange(queryClient),
  })
}
