import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { RemindersState } from '@shared/contract/reminders'
import type {
  DeskKind,
  PauseOption,
  ReminderResponse,
  ReminderSettings,
} from '@shared/domain/reminders'
import { invoke, isIpcError } from '@renderer/lib/ipc'
import { checkInKeys } from '@renderer/features/checkins'
import { journalKeys, todayKeys } from '@renderer/features/episodes'

export const reminderKeys = {
  all: ['reminders'] as const,
  settings: ['reminders', 'settings'] as const,
  state: ['reminders', 'state'] as const,
  preview: (settings: ReminderSettings) => ['reminders', 'preview', settings] as const,
  busySupport: ['reminders', 'busy-support'] as const,
}

export const reminderQueries = {
  settings: () =>
    queryOptions({
      queryKey: reminderKeys.settings,
      queryFn: () => invoke('reminders:settings'),
      staleTime: Infinity,
      meta: { errorTitle: 'Could not load your reminder settings' },
    }),
  /** Never stale: main pushes `reminders:changed` whenever it changes. */
  state: () =>
    queryOptions({
      queryKey: reminderKeys.state,
      queryFn: () => invoke('reminders:state'),
      staleTime: Infinity,
      meta: { errorToast: false },
    }),
  /** What this system can tell about the user being busy; fixed while the app runs. */
  busySupport: () =>
    queryOptions({
      queryKey: reminderKeys.busySupport,
      queryFn: () => invoke('reminders:busy-support'),
      staleTime: Infinity,
      meta: { errorToast: false },
    }),
  /** Today's remaining reminders for unsaved settings; quiet, the preview says so itself. */
  preview: (settings: ReminderSettings) =>
    queryOptions({
      queryKey: reminderKeys.preview(settings),
      queryFn: () => invoke('reminders:preview', { settings }),
      staleTime: 0,
      meta: { errorToast: false },
    }),
}

/** Main answers every state-changing call with the new state; it replaces the cache. */
function useSetState() {
  const queryClient = useQueryClient()
  return (state: RemindersState) => {
    queryClient.setQueryData(reminderKeys.state, state)
  }
}

export function useSaveReminderSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (settings: ReminderSettings) => invoke('reminders:save-settings', settings),
    meta: { errorTitle: 'Reminder settings not saved', errorToast: 'unless-field-errors' },
    onSuccess: async (snapshot) => {
      queryClient.setQueryData(reminderKeys.settings, snapshot)
      await queryClient.invalidateQueries({ queryKey: reminderKeys.state })
    },
    onError: async (error) => {
      if (isIpcError(error) && error.code === 'invalid_input') return
      await queryClient.invalidateQueries({ queryKey: reminderKeys.settings })
    },
  })
}

export function useRespondToReminder() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (vars: { id: string; response: ReminderResponse }) =>
      invoke('reminders:respond', vars),
    meta: { errorTitle: 'Could not answer the reminder' },
    onMutate: ({ id }) => {
      // The prompt goes at once; main's reminders:changed confirms it.
      queryClient.setQueryData<RemindersState>(reminderKeys.state, (state) =>
        state ? { ...state, shown: state.shown.filter((r) => r.id !== id) } : state,
      )
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: reminderKeys.state }),
  })
}

/**
 * "I just stood up" / "I drank water". Water adds a glass to today's
 * check-in, which the check-in screen, the journal's days and Today read.
 */
export function useReminderDone() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (kind: DeskKind) => invoke('reminders:done', { kind }),
    meta: { errorTitle: 'Not saved' },
    onSuccess: async (_result, kind) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reminderKeys.state }),
        ...(kind === 'hydrate'
          ? [
              queryClient.invalidateQueries({ queryKey: checkInKeys.all }),
              queryClient.invalidateQueries({ queryKey: journalKeys.all }),
              queryClient.invalidateQueries({ queryKey: todayKeys.all }),
            ]
          : []),
      ])
    },
  })
}

export function usePauseReminders() {
  const setState = useSetState()
  return useMutation({
    mutationFn: (option: PauseOption) => invoke('reminders:pause', { option }),
    meta: { errorTitle: 'Reminders not paused' },
    onSuccess: setState,
  })
}

export function useResumeReminders() {
  const setState = useSetState()
  return useMutation({
    mutationFn: () => invoke('reminders:resume'),
    meta: { errorTitle: 'Reminders not resumed' },
    onSuccess: setState,
  })
}
