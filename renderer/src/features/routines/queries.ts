import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { SessionInput } from '@shared/domain/routines/history'
import { invoke, isIpcError } from '@renderer/lib/ipc'

/** Everything routine-shaped sits under ['routines'], so one invalidation refreshes it all. */
export const routinesKeys = {
  all: ['routines'] as const,
  list: () => [...routinesKeys.all, 'list'] as const,
  routine: (id: string) => [...routinesKeys.all, 'routine', id] as const,
  sessions: (days: number) => [...routinesKeys.all, 'sessions', days] as const,
  adherence: () => [...routinesKeys.all, 'adherence'] as const,
}

/** How far back the Routines screen's history reaches. */
export const HISTORY_DAYS = 30

export const routinesQueries = {
  /** Built-ins (minus hidden ones), the user's own, and hidden built-ins to restore. */
  list: () =>
    queryOptions({
      queryKey: routinesKeys.list(),
      queryFn: () => invoke('routines:list'),
      meta: { errorTitle: 'Could not load your routines' },
    }),
  /** One routine; screens explain a missing one themselves. */
  get: (id: string) =>
    queryOptions({
      queryKey: routinesKeys.routine(id),
      queryFn: () => invoke('routines:get', { id }),
      meta: { errorToast: false },
    }),
  sessions: (days = HISTORY_DAYS) =>
    queryOptions({
      queryKey: routinesKeys.sessions(days),
      queryFn: () => invoke('routines:sessions', { days }),
      meta: { errorTitle: 'Could not load your routine history' },
    }),
  adherence: () =>
    queryOptions({
      queryKey: routinesKeys.adherence(),
      queryFn: () => invoke('routines:adherence'),
      meta: { errorToast: false },
    }),
}

async function refreshRoutines(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: routinesKeys.all })
}

export type SaveRoutineInput = InputOf<'routines:save'>

/** Creates (no id) or replaces one of the user's routines; field problems stay in the form. */
export function useSaveRoutine() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (routine: SaveRoutineInput) => invoke('routines:save', routine),
    meta: { errorTitle: 'Routine not saved', errorToast: 'unless-field-errors' },
    onSuccess: async (routine) => {
      queryClient.setQueryData(routinesKeys.routine(routine.id), routine)
      await refreshRoutines(queryClient)
    },
  })
}

/** Deletes one of the user's routines or hides a built-in. */
export function useRemoveRoutine() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => invoke('routines:remove', { id }),
    meta: { errorTitle: 'Routine not removed' },
    onSuccess: async (_null, id) => {
      queryClient.removeQueries({ queryKey: routinesKeys.routine(id) })
      await refreshRoutines(queryClient)
    },
  })
}

export function useRestoreBuiltIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => invoke('routines:restore-builtin', { id }),
    meta: { errorTitle: 'Routine not restored' },
    onSuccess: () => refreshRoutines(queryClient),
  })
}

/** Saves a finished or stopped session; the player shows its own message on failure. */
export function useRecordSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (session: SessionInput) => invoke('routines:record-session', session),
    meta: { errorToast: false },
    onSuccess: () => refreshRoutines(queryClient),
  })
}

/**
 * Tells main a routine is playing (keep the display awake, no background
 * throttling). Best effort: the player works without it.
 */
export async function setPlaying(playing: boolean): Promise<void> {
  try {
    await invoke('routines:playing', { playing })
  } catch (error) {
    if (!isIpcError(error)) throw error
  }
}
