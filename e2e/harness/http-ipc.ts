import type { IncomingMessage, ServerResponse } from 'node:http'
import type { IpcEventLike, IpcMainLike } from '../../electron/ipc'
import { failure } from '../../electron/ipc/handle'
import { preloadOnlyChannels, type Channel } from '../../shared/contract'
import { MAX_IMPORT_BYTES } from '../../shared/domain/workouts/limits'
import { FRAMED_TYPE } from './bridge'
import { senderUrl } from './guards'
import { BodyTooLarge, isJsonRequest, readBody, sendJson } from './http'

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown

/** Large enough for any JSON call a feature makes; small enough to refuse a flood. */
const MAX_BODY = 32 * 1024 * 1024
/** A call carrying files: the contract's limit for one import call, and its JSON. */
const MAX_FRAMED_BODY = MAX_IMPORT_BYTES + 1024 * 1024

const isFramed = (req: IncomingMessage) =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === FRAMED_TYPE

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
    if (!isJsonRequest(req) && !isFramed(req)) {
      sendJson(res, 415, failure('invalid_input', 'IPC calls send application/json.'))
      return
    }
    // Path-carrying channels are the Electron preload's alone: a page never names a path.
    const listener = preloadOnlyChannels.has(channel as Channel)
      ? undefined
      : this.listeners.get(channel)
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
  const framed = isFramed(req)
  let body: Buffer
  try {
    body = await readBody(req, framed ? MAX_FRAMED_BODY : MAX_BODY)
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, status: 413, message: 'The request is too large.' }
    }
    throw error
  }
  let parsed: unknown
  try {
    parsed = framed ? unframe(body) : JSON.parse(body.toString('utf8'))
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' }
  }
  const args = (parsed as { args?: unknown } | null)?.args
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(args)) {
    return { ok: false, status: 400, message: 'The request body must be { "args": [...] }.' }
  }
  return { ok: true, value: args }
}

/**
 * The bridge's framed body (bridge.ts, requestBody): the header's part
 * lengths must add up to exactly the bytes that follow, and each
 * `{ "$bytes": i }` becomes part i, as a Uint8Array, as Electron's
 * structured clone would deliver it. Anything else throws.
 */
function unframe(body: Buffer): unknown {
  if (body.length < 4) throw new Error('short')
  const headEnd = 4 + body.readUInt32LE(0)
  if (headEnd > body.length) throw new Error('short')
  const head = body.subarray(4, headEnd).toString('utf8')
  const newline = head.indexOf('\n')
  if (newline < 0) throw new Error('no header')
  const lengths: unknown = JSON.parse(head.slice(0, newline))
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isInteger(n) && (n as number) >= 0))
    throw new Error('bad part lengths')
  const parts: Uint8Array[] = []
  let at = headEnd
  for (const n of lengths as number[]) {
    parts.push(new Uint8Array(body.buffer, body.byteOffset + at, n))
    at += n
  }
  if (at !== body.length) throw new Error('parts do not fill the body')
  return JSON.parse(head.slice(newline + 1), (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$bytes' in value)) return value
    const index = value.$bytes
    if (Object.keys(value).length !== 1 || typeof index !== 'number' || !parts[index])
      throw new Error('bad part reference')
    return parts[index]
  })
}
