import type { z } from 'zod'
import type { Channel, Contract } from '../../shared/contract'

/** The parts of Electron's WebFrameMain that the sender check needs. */
export interface IpcFrameLike {
  readonly url: string
  readonly parent: unknown
}

/** The parts of IpcMainInvokeEvent that `handle()` reads. */
export interface IpcEventLike {
  readonly senderFrame: IpcFrameLike | null
  /**
   * The calling page (Electron's WebContents), passed through untouched to
   * platform hooks such as `CoreOptions.printToPdf`; absent in the harness.
   */
  readonly sender?: unknown
}

/**
 * Electron's ipcMain narrowed to what Limber uses, so handlers run in tests
 * and in the browser harness without Electron.
 */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void
  removeHandler(channel: string): void
}

/** A service call for one channel: parsed input in, contract output out. */
export type HandlerFn<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
  event: IpcEventLike,
) => z.input<Contract[C]['output']> | Promise<z.input<Contract[C]['output']>>

/** One handler per contract channel; the type makes a missing one a compile error. */
export type Handlers = { [C in Channel]: HandlerFn<C> }
