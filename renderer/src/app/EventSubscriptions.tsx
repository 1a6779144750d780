import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { RemindersState } from '@shared/contract/reminders'
import { playPath } from '../features/routines/paths'
import { reminderKeys } from '../features/reminders/queries'
import { settingsKeys } from '../features/settings/queries'
import { checkInKeys } from '../features/checkins/queries'
import { journalQueries, todayKeys } from '../features/episodes/queries'
import { onEvent } from '../lib/ipc'

/** Main's pushes that update cached data (navigation is handled by the layout). */
export function EventSubscriptions() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onEvent('settings:changed', (snapshot) => {
        // A read still in flight would otherwise land after this newer
        // snapshot and overwrite it; cancelling reverts it synchronously.
        void queryClient.cancelQueries({ queryKey: settingsKeys.all })
        queryClient.setQueryData(settingsKeys.all, snapshot)
      }),
    [queryClient],
  )
  useEffect(
    () =>
      onEvent('reminders:changed', (state) => {
        void queryClient.cancelQueries({ queryKey: reminderKeys.state })
        queryClient.setQueryData(reminderKeys.state, state)
        // The Settings preview lists reminders held right now (a call began or ended).
        void queryClient.invalidateQueries({ queryKey: ['reminders', 'preview'] })
      }),
    [queryClient],
  )
  // The tray's "I drank water" changed today's check-in behind the window's back.
  useEffect(
    () =>
      onEvent('checkins:changed', () => {
        void queryClient.invalidateQueries({ queryKey: checkInKeys.all })
        void queryClient.invalidateQueries({ queryKey: todayKeys.all })
      }),
    [queryClient],
  )
  // The tray (or another window) started or ended the cramp timer.
  useEffect(
    () =>
      onEvent('journal:live-changed', (state) => {
        const { queryKey } = journalQueries.live()
        void queryClient.cancelQueries({ queryKey })
        queryClient.setQueryData(queryKey, state)
      }),
    [queryClient],
  )
  // A reminder just showed: its prompt appears at once, before main's next state arrives.
  useEffect(
    () =>
      onEvent('reminders:shown', (reminder) => {
        queryClient.setQueryData<RemindersState>(reminderKeys.state, (state) =>
          state && !state.shown.some((r) => r.id === reminder.id)
            ? { ...state, shown: [...state.shown, reminder] }
            : state,
        )
        void queryClient.invalidateQueries({ queryKey: reminderKeys.state })
      }),
    [queryClient],
  )
  // Tray, reminders and "cramp now" start a routine through one event. This
  // sits outside the router, so it moves the hash the router listens to.
  useEffect(
    () =>
      onEvent('routines:start', ({ routineId, source }) => {
        window.location.hash = `#${playPath(routineId, source)}`
      }),
    [],
  )
  return null
}
