import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EventName, EventPayload } from '../../shared/contract'
import { BASE_HEADERS } from './http'

/** Comment lines keep idle connections from being cut by proxies or timeouts. */
const KEEPALIVE_MS = 15_000

/**
 * Main → renderer events as Server-Sent Events on `GET /__limber/events`:
 * every connected page gets every event, as `event: <name>` with the JSON
 * payload as data, the way Electron's main sends to every window.
 */
export class EventHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly waiters = new Set<() => void>()
  private readonly timer: NodeJS.Timeout

  constructor() {
    this.timer = setInterval(() => {
      this.write(': keepalive\n\n')
    }, KEEPALIVE_MS)
    this.timer.unref()
  }

  /** How many pages are listening now. */
  get size(): number {
    return this.clients.size
  }

  serve(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    })
    // Reconnect quickly if the harness restarts on the same port.
    res.write('retry: 500\n\n')
    this.clients.add(res)
    req.on('close', () => this.clients.delete(res))
    for (const wake of this.waiters) wake()
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
  }

  /** Resolves once at least `count` pages are connected (tests emit after this). */
  async waitForClients(count = 1, timeoutMs = 5_000): Promise<void> {
    if (this.clients.size >= count) return
    await new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`No page subscribed to events within ${timeoutMs} ms`))
      }, timeoutMs)
      const check = (): void => {
        if (this.clients.size < count) return
        clearTimeout(timeout)
        this.waiters.delete(check)
        resolve()
      }
      this.waiters.add(check)
    })
  }

  close(): void {
    clearInterval(this.timer)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }
}
