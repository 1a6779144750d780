import type { Route } from '../../../shared/contract/app'
import type { RoutineSource } from '../../../shared/domain/routines/history'
import type { RoutineId } from '../../../shared/domain/routines/schema'
import type { Emit } from '../../services/core'

/** Screens the tray and notifications open. */
export type Destination = Extract<Route, 'today' | 'check-in' | 'log-cramp' | 'cramp-now'>

/** How the desk side (tray, notifications) reaches the app. */
export interface AppActions {
  showWindow: () => void
  navigate: (to: Destination) => void
  startRoutine: (routineId: RoutineId, source: RoutineSource) => void
  /** Starts the live cramp timer now (the moment it hurts) and opens it. */
  startCrampTimer: () => void
  /** The tray's "Cramp now": the timer starts and the window stays as it is (hidden, say). */
  startCrampQuietly: () => void
  /** The tray's "It's over": the end is recorded now, then the window opens for the answers. */
  endCramp: () => void
  quit: () => void
}

export interface AppActionsOptions {
  /** Shows, un-minimises and focuses the main window. */
  reveal: () => void
  emit: Emit
  /** The journal's live timer (core.services().journal), each change told to windows and tray. */
  live: { start: () => void; stop: () => void }
  quit: () => void
  onError: (context: string, error: unknown) => void
}

export function createAppActions(options: AppActionsOptions): AppActions {
  const navigate = (to: Destination): void => {
    options.reveal()
    options.emit('app:navigate', { route: to })
  }
  return {
    showWindow: options.reveal,
    navigate,
    startRoutine(routineId, source) {
      options.reveal()
      options.emit('routines:start', { routineId, source })
    },
    startCrampTimer() {
      try {
        options.live.start()
      } catch (error) {
        // Storage unavailable: the window opens anyway and explains why.
        options.onError('Could not start the cramp timer', error)
      }
      navigate('cramp-now')
    },
    startCrampQuietly() {
      try {
        options.live.start()
      } catch (error) {
        // Nothing started: open the window, which says why, rather than fail silently.
        options.onError('Could not start the cramp timer', error)
        navigate('cramp-now')
      }
    },
    endCramp() {
      try {
        options.live.stop()
      } catch (error) {
        options.onError('Could not stop the cramp timer', error)
      }
      navigate('cramp-now')
    },
    quit: options.quit,
  }
}
