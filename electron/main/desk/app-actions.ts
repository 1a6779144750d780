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
  quit: () => void
}

export interface AppActionsOptions {
  /** Shows, un-minimises and focuses the main window. */
  reveal: () => void
  emit: Emit
  /** The journal's live timer (core.services().journal.startLive). */
  startLive: () => void
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
        options.startLive()
      } catch (error) {
        // Storage unavailable: the window opens anyway and explains why.
        options.onError('Could not start the cramp timer', error)
      }
      navigate('cramp-now')
    },
    quit: options.quit,
  }
}
