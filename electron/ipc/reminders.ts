import type { Core } from '../services/core'
import type { RemindersService } from '../services/reminders/service'
import type { Handlers } from './types'

type ReminderChannel =
  | 'reminders:settings'
  | 'reminders:save-settings'
  | 'reminders:state'
  | 'reminders:respond'
  | 'reminders:done'
  | 'reminders:pause'
  | 'reminders:resume'
  | 'reminders:preview'
  | 'reminders:history'
  | 'reminders:busy-support'

/**
 * Reminder calls from the window. Changes reach every window (and the tray)
 * through the service's own `reminders:changed` event, so nothing is emitted here.
 */
export function reminderHandlers(core: Core): Pick<Handlers, ReminderChannel> {
  const r = (): RemindersService => {
    const reminders = core.reminders()
    if (reminders) return reminders
    // Throws the same `storage_unavailable` error every other feature answers with.
    core.storage.connection()
    throw new Error('Reminders are not running although storage is available.')
  }
  return {
    'reminders:settings': () => r().settings(),
    'reminders:save-settings': (settings) => r().saveSettings(settings),
    'reminders:state': () => r().state(),
    'reminders:respond': ({ id, response }) => ({ answered: r().respond(id, response) }),
    'reminders:done': ({ kind }) => r().done(kind),
    'reminders:pause': ({ option }) => {
      r().pause(option)
      return r().state()
    },
    'reminders:resume': () => {
      r().resume()
      return r().state()
    },
    'reminders:preview': ({ settings }) => r().preview(settings),
    'reminders:history': ({ days }) => r().recent(days),
    'reminders:busy-support': () => r().busySupport(),
  }
}
