/**
 * The browser harness's `window.limber`: the same LimberBridge the preload
 * exposes, over fetch (calls) and EventSource (events) to the harness on the
 * page's own origin, so the app's CSP (`connect-src 'self'`) allows it.
 *
 * This file is transpiled on its own (typescript.transpileModule) and served
 * as a classic script, so it may import types only.
 */
import type { IpcResult, LimberBridge } from '../../shared/contract'

export interface BridgeConfig {
  channels: readonly string[]
  events: readonly string[]
  /** Prefix of the IPC endpoint; the channel is appended. */
  ipcPath: string
  eventsPath: string
}

/** What the bridge needs from the page, so tests can hand it fakes. */
export interface BridgeHost {
  fetch(
    url: string,
    init: { method: string; headers: Record<string, string>; body: string | Blob },
  ): Promise<{
    status: number
    text(): Promise<string>
  }>
  EventSource: new (url: string) => EventSourceLike
}

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void
  close(): void
}

type AnyListener = (payload: unknown) => void

export function createBridge(config: BridgeConfig, host: BridgeHost): LimberBridge {
  const channels = new Set(config.channels)
  const eventNames = new Set(config.events)
  const listeners = new Map<string, Set<AnyListener>>()
  let source: EventSourceLike | null = null

  function connect(): void {
    if (source) return
    source = new host.EventSource(config.eventsPath)
    for (const name of eventNames) {
      source.addEventListener(name, (event) => {
        if (typeof event.data !== 'string') return
        let payload: unknown
        try {
          payload = JSON.parse(event.data)
        } catch {
          return
        }
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload)
      })
    }
  }

  // Parameters are `unknown`: page code may pass anything, whatever the types say.
  async function invoke(channel: unknown, input?: unknown): Promise<IpcResult<unknown>> {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return failure('unknown_channel', `${describe(channel)} is not a Limber channel.`)
    }
    // Like ipcRenderer.invoke(channel) with no input: send no argument, not null.
    const args = input === undefined ? [] : [input]
    try {
      const res = await host.fetch(config.ipcPath + encodeURIComponent(channel), {
        method: 'POST',
        ...requestBody(args),
      })
      const parsed = JSON.parse(await res.text()) as unknown
      if (isResult(parsed)) return parsed
      return failure('internal', `The harness answered ${res.status} without a result.`)
    } catch (error) {
      return failure('internal', `Could not reach the harness: ${String(error)}`)
    }
  }

  function on(name: unknown, listener: unknown): () => void {
    if (typeof name !== 'string' || !eventNames.has(name)) {
      throw new Error(`${describe(name)} is not a Limber event.`)
    }
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.')
    const call = listener as AnyListener
    connect()
    let set = listeners.get(name)
    if (!set) listeners.set(name, (set = new Set()))
    // Wrap so the same function subscribed twice gets two independent subscriptions.
    const wrapped: AnyListener = (payload) => {
      call(payload)
    }
    set.add(wrapped)
    return () => {
      set.delete(wrapped)
    }
  }

  // The generic signatures are the contract's; the runtime checks are above.
  const bridge: LimberBridge = {
    invoke: invoke as LimberBridge['invoke'],
    on,
  }
  return Object.freeze(bridge)
}

/** Defines `window.limber` once, read-only, as contextBridge would. */
export function installBridge(win: object, config: BridgeConfig, host: BridgeHost): void {
  Object.defineProperty(win, 'limber', {
    value: createBridge(config, host),
    writable: false,
    enumerable: true,
    configurable: false,
  })
}

/** The media type of a call that carries bytes (a workout file); see http-ipc.ts. */
export const FRAMED_TYPE = 'application/x-limber-ipc'

/**
 * `{ args }` as JSON; or, when the args hold bytes (Uint8Array, as
 * structured clone would carry them in Electron), a framed body: a 4-byte
 * little-endian header length, the header (the parts' lengths as JSON, a
 * newline, then `{ args }` as JSON with each Uint8Array replaced by
 * `{ "$bytes": index }`), then the parts as they are. No base64: a 40 MB zip
 * costs the page a Blob, not seconds of encoding.
 */
function requestBody(args: unknown[]): { headers: Record<string, string>; body: string | Blob } {
  const parts: Uint8Array[] = []
  const json = JSON.stringify({ args }, (_key, value: unknown) =>
    value instanceof Uint8Array ? { $bytes: parts.push(value) - 1 } : value,
  )
  if (parts.length === 0) return { headers: { 'Content-Type': 'application/json' }, body: json }
  const head = new TextEncoder().encode(
    `${JSON.stringify(parts.map((p) => p.byteLength))}\n${json}`,
  )
  const size = new Uint8Array(4)
  new DataView(size.buffer).setUint32(0, head.byteLength, true)
  return {
    headers: { 'Content-Type': FRAMED_TYPE },
    // The page's own buffers, not copies (the type only says they are not shared memory).
    body: new Blob([size, head, ...(parts as Uint8Array<ArrayBuffer>[])]),
  }
}

function isResult(value: unknown): value is IpcResult<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; error?: unknown }
  return v.ok === true
    ? 'value' in v
    : v.ok === false && typeof v.error === 'object' && v.error !== null
}

/** Names the offending value without calling anything the page supplied (as the preload does). */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : `A ${typeof value}`
}

function failure(code: 'unknown_channel' | 'internal', message: string): IpcResult<never> {
  return { ok: false, error: { code, message, issues: [] } }
}
