import { eventNames, pageChannels, type IpcResult, type LimberBridge } from '../../shared/contract'
import { MAX_FILES_PER_IMPORT } from '../../shared/domain/workouts/limits'

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

const knownChannels: ReadonlySet<string> = new Set(pageChannels)
const knownEvents: ReadonlySet<string> = new Set(eventNames)

/** A dropped or picked File's path on disk ('' for one that has none); Electron's webUtils.getPathForFile. */
export type PathForFile = (file: File) => string

/**
 * Builds `window.limber`: the page's only way to reach main. Names outside
 * the contract never reach ipcRenderer, and listeners receive the payload
 * alone, never Electron's event object (which carries `sender`). Paths are
 * never the page's to give: `importFiles` takes File objects and asks
 * Electron where they are.
 */
export function createBridge(
  ipcRenderer: IpcRendererLike,
  pathForFile?: PathForFile,
): LimberBridge {
  const invoke = (channel: unknown, input?: unknown): Promise<IpcResult<unknown>> => {
    if (typeof channel !== 'string' || !knownChannels.has(channel)) {
      return Promise.resolve(
        failure('unknown_channel', `${describe(channel)} is not a Limber channel.`),
      )
    }
    return ipcRenderer.invoke(channel, input).then(
      (result) => result as IpcResult<unknown>,
      () => failure('internal', 'Limber could not reach its main process. Nothing was changed.'),
    )
  }

  const on = (name: unknown, listener: unknown): (() => void) => {
    if (typeof name !== 'string' || !knownEvents.has(name)) {
      throw new Error(`${describe(name)} is not a Limber event.`)
    }
    if (typeof listener !== 'function') {
      throw new TypeError('The listener must be a function.')
    }
    const forward = (_event: unknown, payload: unknown): void => {
      ;(listener as (payload: unknown) => void)(payload)
    }
    ipcRenderer.on(name, forward)
    let subscribed = true
    return () => {
      if (!subscribed) return
      subscribed = false
      ipcRenderer.removeListener(name, forward)
    }
  }

  const importFiles = (files: unknown): Promise<IpcResult<unknown>> | null => {
    if (!pathForFile || !Array.isArray(files) || files.length === 0) return null
    if (files.length > MAX_FILES_PER_IMPORT) return null
    const paths: string[] = []
    for (const file of files) {
      // Electron refuses anything but a File (it throws); a File made by the page has no path.
      if (typeof file !== 'object' || file === null) return null
      let path: unknown
      try {
        path = pathForFile(file as File)
      } catch {
        return null
      }
      if (typeof path !== 'string' || path === '') return null
      paths.push(path)
    }
    return ipcRenderer.invoke('workouts:import-paths', { paths }).then(
      (result) => result as IpcResult<unknown>,
      () => failure('internal', 'Limber could not reach its main process. Nothing was changed.'),
    )
  }

  return Object.freeze({
    invoke: invoke as LimberBridge['invoke'],
    on,
    ...(pathForFile
      ? { importFiles: importFiles as NonNullable<LimberBridge['importFiles']> }
      : {}),
  })
}

/** Names the offending value without calling anything the page supplied. */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : `A ${typeof value}`
}

function failure(code: 'unknown_channel' | 'internal', message: string): IpcResult<never> {
  return { ok: false, error: { code, message, issues: [] } }
}
