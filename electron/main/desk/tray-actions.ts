import { BUILT_IN_IDS } from '../../../shared/domain/routines/catalogue'
import type { ReminderControls } from '../../services/reminders/controls'
import type { TrayActions } from '../tray/menu-template'
import type { AppActions } from './app-actions'

/** The tray menu's items, mapped to the app and to the current reminders. */
export function trayActions(
  app: AppActions,
  reminders: () => ReminderControls | null,
  onError: (context: string, error: unknown) => void,
): TrayActions {
  const withReminders = (context: string, call: (controls: ReminderControls) => void): void => {
    const controls = reminders()
    if (!controls) return
    try {
      call(controls)
    } catch (error) {
      // A tray click has no caller to report to; the menu stays usable.
      onError(context, error)
    }
  }
  return {
    startDeskBreak: () => {
      app.startRoutine(BUILT_IN_IDS.deskBreak, 'tray')
    },
    crampNow: app.startCrampQuietly,
    crampOver: app.endCramp,
    openCramp: () => {
      app.navigate('cramp-now')
    },
    postpone: (option) => {
      withReminders('Could not postpone the reminder', (c) => {
        c.postponeNext(option)
      })
    },
    logCramp: () => {
      app.navigate('log-cramp')
    },
    done: (kind) => {
      withReminders('Could not record that', (c) => c.done(kind))
    },
    pause: (option) => {
      withReminders('Could not pause reminders', (c) => {
        c.pause(option)
      })
    },
    resume: () => {
      withReminders('Could not resume reminders', (c) => {
        c.resume()
      })
    },
    open: app.showWindow,
    quit: app.quit,
  }
}
