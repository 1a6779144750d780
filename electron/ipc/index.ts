import { channels, contract, type Channel } from '../../shared/contract'
import type { Core } from '../services/core'
import { appHandlers } from './app'
import { checkInHandlers } from './checkins'
import { dataHandlers } from './data'
import { experimentHandlers } from './experiments'
import { createHandle, type HandleOptions } from './handle'
import { journalHandlers } from './journal'
import { reminderHandlers } from './reminders'
import { routineHandlers } from './routines'
import { settingsHandlers } from './settings'
import { trendsHandlers } from './trends'
import type { HandlerFn, Handlers } from './types'
import { workoutHandlers } from './workouts'

export type { IpcMainLike, IpcEventLike, IpcFrameLike } from './types'
export { createHandle } from './handle'

/** Every feature's handlers over one core. */
export function buildHandlers(core: Core): Handlers {
  return {
    ...appHandlers(core),
    ...settingsHandlers(core),
    ...journalHandlers(core),
    ...checkInHandlers(core),
    ...routineHandlers(core),
    ...dataHandlers(core),
    ...reminderHandlers(core),
    ...trendsHandlers(core),
    ...workoutHandlers(core),
    ...experimentHandlers(core),
  }
}

/**
 * Registers a handler for every contract channel. Used by Electron's main
 * process and by the browser harness alike.
 */
export function registerHandlers(core: Core, options: HandleOptions): Channel[] {
  const handle = createHandle(options)
  const handlers = buildHandlers(core)
  for (const channel of channels) {
    // Each pair matches by construction of `Handlers`; TypeScript cannot see
    // that through the loop variable.
    handle(contract[channel], handlers[channel] as HandlerFn<Channel> as never)
  }
  return channels
}
