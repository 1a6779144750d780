import type { IncomingMessage, ServerResponse } from 'node:http'
import type { IpcEventLike, IpcMainLike } from '../../electron/ipc'
import { failure } from '../../electron/ipc/handle'
import { senderUrl } from './guards'
import { BodyTooLarge, isJsonRequest, readBody, sendJson } from './http'

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown

/** Large enough for any import file a feature may send; small enough to refuse a flood. */
const MAX_BODY = 32 * 1024 * 1024

/**
 * Electron's ipcMain, as far as `registerHandlers` uses it, over HTTP:
 * `POST /__limber/ipc/<channel>` with `{ "args": [...] }` calls the listener
 * registered for that channel with a fake event whose sender frame is the
 * requesting page, and answers with the listener's IpcResult.
 */
export class HttpIpcMain implements IpcMainLike {
  private readonly listeners = new Map<string, Listener>()

  handle(channel: string, listener: Listener): void {
    // Electron throws on a second handler for one channel; so do we.
    if (this.listeners.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.listeners.set(channel, listener)
  }

  removeHandler(channel: string): void {
    this.listeners.delete(channel)
  }

  channels(): string[] {
    return [...this.listeners.keys()]
  }

  async serve(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      sendJson(res, 405, failure('invalid_input', 'IPC calls are POST requests.'))
      return
    }
    if (!isJsonRequest(req)) {
      sendJson(res, 415, failure('invalid_input', 'IPC calls send application/json.'))
      return
    }
    const listener = this.listeners.get(channel)
    if (!listener) {
      sendJson(res, 404, failure('unknown_channel', `There is no IPC channel '${channel}'.`))
      return
    }
    const args = await readArgs(req)
    if (!args.ok) {
      sendJson(res, args.status, failure('invalid_input', args.message))
      return
    }
    const event: IpcEventLike = { senderFrame: { url: senderUrl(req), parent: null } }
    const result = await listener(event, ...args.value)
    sendJson(res, 200, result)
  }
}

type Args = { ok: true; value: unknown[] } | { ok: false; status: number; message: string }

async function readArgs(req: IncomingMessage): Promise<Args> {
  let body: Buffer
  try {
    body = await readBody(req, MAX_BODY)
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, status: 413, message: 'The request is too large.' }
    }
    throw error
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
  const args = (parsed as { args?: unknown } | null)?.args
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(args)) {
    return { ok: false, status: 400, message: 'The request body must be { "args": [...] }.' }
  }
  return { ok: true, value: args }
}
