import type { IpcResult } from '../../../shared/contract'
import { registerHandlers } from '../../ipc'
import type { IpcEventLike, IpcMainLike } from '../../ipc/types'
import type { Core } from '../../services/core'
import { testCore } from '../core'

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown
const frame: IpcEventLike = { senderFrame: { url: 'app://limber/index.html', parent: null } }

/**
 * The real `registerHandlers` over `core`, called the way Electron's ipcMain
 * would call it (from the app's own page). Unexpected errors are collected
 * rather than printed, so a test can assert there were none.
 */
export function wireHandlers(core: Core) {
  const listeners = new Map<string, Listener>()
  const unexpected: { channel: string; error: unknown }[] = []
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  }
  registerHandlers(core, {
    ipcMain,
    isTrustedUrl: (url) => url.startsWith('app://limber/'),
    checkOutputs: true,
    logError: (channel, error) => unexpected.push({ channel, error }),
  })
  const invoke = async (channel: string, ...args: unknown[]): Promise<IpcResult<unknown>> => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return (await listener(frame, ...args)) as IpcResult<unknown>
  }
  return { invoke, unexpected }
}

/** A real Core on `dataDir` (testCore) behind the real handlers (wireHandlers). */
export function wireCore(dataDir: string) {
  const t = testCore(dataDir)
  /** Rows changed through the journal's connection so far: any write moves it. */
  const writes = (): number =>
    t.core.storage.connection().prepare('SELECT total_changes()').pluck().get() as number
  return { ...t, ...wireHandlers(t.core), writes }
}
