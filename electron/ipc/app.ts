import type { Core } from '../services/core'
import type { Handlers } from './types'

type AppHandlers = Pick<
  Handlers,
  'app:info' | 'app:storage-status' | 'app:start-fresh' | 'app:quit' | 'app:shortcut-status'
>

export function appHandlers(core: Core): AppHandlers {
  return {
    'app:info': () => core.info(),
    'app:storage-status': () => core.storage.status(),
    'app:start-fresh': () => core.startFresh(),
    'app:shortcut-status': () => core.options.shortcutStatus?.() ?? { state: 'unavailable' },
    'app:quit': () => {
      // Answer first, then quit, so the renderer's call settles.
      setTimeout(() => {
        core.options.quit()
      }, 0)
      return null
    },
  }
}
