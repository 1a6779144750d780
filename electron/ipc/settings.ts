import type { Core } from '../services/core'
import type { Handlers } from './types'

type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update'>

export function settingsHandlers(core: Core): SettingsHandlers {
  return {
    'settings:get': () => core.services().settings.get(),
    'settings:update': (patch) => {
      const snapshot = core.services().settings.update(patch)
      core.emit('settings:changed', snapshot)
      return snapshot
    },
  }
}
