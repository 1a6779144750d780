import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { CheckInFields } from '@shared/domain/checkin'
import { invoke, isIpcError } from '@renderer/lib/ipc'

export const checkInKeys = {
  all: ['checkins'] as const,
  day: (date: string) => ['checkins', 'day', date] as const,
  medications: ['medications'] as const,
}

export const checkInQueries = {
  /** The day's check-in (or null) and the latest one before it. */
  day: (date: string) =>
    queryOptions({
      queryKey: checkInKeys.day(date),
      queryFn: () => invoke('checkins:get', { date }),
      meta: { errorTitle: 'Could not load the check-in', errorToast: false },
    }),
  /** Every medication, archived ones too (old check-ins still name them). */
  medications: () =>
    queryOptions({
      queryKey: checkInKeys.medications,
      queryFn: () => invoke('medications:list'),
      meta: { errorTitle: 'Could not load your medications' },
    }),
}

/**
 * Saves one day. The timeline (under `journal`) and Today's summary
 * (`today`, see features/episodes/queries.ts) read check-ins too.
 */
export function useSaveCheckIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fields: CheckInFields) => invoke('checkins:save', fields),
    meta: { errorTitle: 'Check-in not saved', errorToast: 'unless-field-errors' },
    onSuccess: async (saved) => {
      queryClient.setQueryData(checkInQueries.day(saved.date).queryKey, (day) =>
        day ? { ...day, checkIn: saved } : day,
      )
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: checkInKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['journal'] }),
        // Today's morning question reads the night report.
        queryClient.invalidateQueries({ queryKey: ['today'] }),
      ])
    },
  })
}

export type MedicationInput = InputOf<'medications:save'>

export function useSaveMedication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: MedicationInput) => invoke('medications:save', input),
    meta: { errorTitle: 'Medication not saved', errorToast: 'unless-field-errors' },
    onSuccess: (saved) => {
      queryClient.setQueryData(checkInQueries.medications().queryKey, (list) => {
        if (!list) return [saved]
        const found = list.some((m) => m.id === saved.id)
        return found ? list.map((m) => (m.id === saved.id ? saved : m)) : [...list, saved]
      })
    },
    onError: async (error) => {
      if (isIpcError(error) && error.code === 'invalid_input') return
      await queryClient.invalidateQueries({ queryKey: checkInKeys.medications })
    },
  })
}
