import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventName, EventPayload } from '../../shared/contract'
import { ManualClock, systemOffsetMin } from '../../shared/domain/clock'
import type { IpcRendererLike } from '../preload/bridge'
import { Core } from '../services/core'
import type { SaveFile } from '../services/transfer'
import type { TimerPort } from '../services/reminders/ports'
import { badDatabases, type BadDatabaseKind } from './fixtures'
import { wireHandlers } from './fuzz/wire'

type RendererListener = (event: unknown, ...args: unknown[]) => void

/**
 * A copy as Electron's IPC makes one (structuredClone), with its bytes in
 * this realm. Under jsdom the page's globals are jsdom's, while Node's
 * structuredClone makes its Uint8Arrays in Node's realm, so the contract's
 * `z.instanceof(Uint8Array)` would refuse a file's bytes; in Electron each
 * side gets its own realm's. Only plain objects and arrays hold them here.
 */
function ipcClone<T>(value: T): T {
  return rehome(structuredClone(value)) as T
}

function rehome(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    return value instanceof Uint8Array
      ? value
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
  }
  if (Array.isArray(value)) return value.map(rehome)
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      ;(value as Record<string, unknown>)[key] = rehome(inner)
    }
  }
  return value
}

/**
 * Timers that fire only when the test moves the clock (`ManualTimers.advance`),
 * each at its own time and in order, with the clock stepped there first, as
 * if that stretch had passed with the computer awake.
 */
export class ManualTimers implements TimerPort<number> {
  private readonly timers = new Map<number, { at: number; fn: () => void }>()
  private next = 1

  constructor(private readonly clock: ManualClock) {}

  setTimer(atMs: number, fn: () => void): number {
    const handle = this.next++
    this.timers.set(handle, { at: atMs, fn })
    return handle
  }

  clearTimer(handle: number): void {
    this.timers.delete(handle)
  }

  /** Moves the clock on by `ms`, firing every timer due on the way. */
  advance(ms: number): void {
    const target = this.clock.now() + ms
    for (;;) {
      const due = this.earliest()
      if (!due || due.at > target) break
      this.timers.delete(due.handle)
      if (due.at > this.clock.now()) this.clock.set(due.at)
      due.fn()
    }
    this.clock.set(target)
  }

  clear(): void {
    this.timers.clear()
  }

  private earliest(): { handle: number; at: number; fn: () => void } | null {
    let best: { handle: number; at: number; fn: () => void } | null = null
    for (const [handle, timer] of this.timers) {
      if (!best || timer.at < best.at) best = { handle, ...timer }
    }
    return best
  }
}

export interface MainOptions {
  /** Main's clock at the start (epoch ms); it moves only with `advance`. */
  now: number
  /** A bad journal file in the data folder before main starts (it is quarantined, as in the app). */
  journalFile?: BadDatabaseKind
  /** The native save dialog (Electron's); without one, exports are downloads as in the browser preview. */
  saveFile?: SaveFile
}

/**
 * Limber's main process for renderer tests: a real Core on a fresh temp
 * folder (real SQLite, real services, a manual clock and timers) behind the
 * real `registerHandlers`, reached through an `IpcRendererLike` that copies
 * everything with structuredClone as Electron's IPC does. Events the Core
 * emits reach the renderer's listeners the same way. `close` shuts the Core
 * and removes the folder.
 */
export function openMain(options: MainOptions) {
  const dataDir = mkdtempSync(join(tmpdir(), 'limber-renderer-'))
  if (options.journalFile) badDatabases[options.journalFile](dataDir)
  const clock = new ManualClock(options.now, systemOffsetMin)
  const timers = new ManualTimers(clock)
  const rendererListeners = new Map<string, Set<RendererListener>>()
  let quits = 0
  /** Each keep-awake request main got (a routine playing, or not). */
  const playing: boolean[] = []

  const emit = <N extends EventName>(name: N, payload: EventPayload<N>): void => {
    for (const listener of [...(rendererListeners.get(name) ?? [])]) {
      listener({}, ipcClone(payload))
    }
  }
  const core = new Core({
    dataDir,
    clock,
    info: { name: 'Limber', version: '0.1.0', shell: 'electron' },
    emit,
    quit: () => {
      quits++
    },
    timers,
    setPlaying: (on) => {
      playing.push(on)
    },
    ...(options.saveFile ? { saveFile: options.saveFile } : {}),
  })

  // Errors the handlers did not expect (they answer `internal`) collect in `unexpected`.
  const { invoke, unexpected } = wireHandlers(core)

  /** What the preload's ipcRenderer would see: every argument and answer is a structured clone. */
  const ipcRenderer: IpcRendererLike = {
    invoke: async (channel, ...args) =>
      ipcClone(await invoke(channel, ...args.map((arg) => ipcClone(arg)))),
    on: (channel, listener) => {
      const set = rendererListeners.get(channel) ?? new Set()
      set.add(listener)
      rendererListeners.set(channel, set)
    },
    removeListener: (channel, listener) => {
      rendererListeners.get(channel)?.delete(listener)
    },
  }

  let closed = false
  return {
    core,
    clock,
    timers,
    dataDir,
    ipcRenderer,
    unexpected,
    /** How often main was asked to quit. */
    quits: () => quits,
    playing,
    /** An event from main (the Core, or Electron's side: tray, menu, notifications). */
    emit,
    /** Main's clock moves on, firing the reminders and backups due meanwhile. */
    advance: (ms: number): void => {
      timers.advance(ms)
    },
    close: (): void => {
      if (closed) return
      closed = true
      rendererListeners.clear()
      core.close()
      timers.clear()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type Main = ReturnType<typeof openMain>
