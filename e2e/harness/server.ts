import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { eventNames, pageChannels } from '../../shared/contract'
import { registerHandlers } from '../../electron/ipc'
import { Core } from '../../electron/services/core'
import { buildBridgeScript } from './bridge-build'
import { HarnessClock } from './clock'
import { HarnessBusy } from './busy'
import { HarnessIdle } from './idle'
import { HarnessTimers } from './timers'
import { Controls } from './control'
import type { DeskTargets } from './desk-control'
import { EventHub } from './events'
import { checkRequest, originFor, trustedUrlCheck, type Origin } from './guards'
import { BASE_HEADERS, sendJson, sendText } from './http'
import { HttpIpcMain } from './http-ipc'
import { appVersion, repoRoot } from './paths'
import { BRIDGE_PATH, StaticSite } from './static'
import { threadedReader } from '../../electron/services/workouts/reader-thread'
import { builtOrSourceReaderThread } from '../../electron/testing/workout-reader'

export { HarnessClock } from './clock'
export { CONTROL_HEADER } from './control'

const IPC_PREFIX = '/__limber/ipc/'
const EVENTS_PATH = '/__limber/events'
const CONTROL_PREFIX = '/__limber/control/'

export interface HarnessOptions {
  /** Created if missing, reused if present. */
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** The built renderer (`npx electron-vite build`), relative to the repo root. */
  rendererDir?: string
  /** Where unexpected handler errors go (default: stderr). */
  logError?: (channel: string, error: unknown) => void
  /** Called when the page asks to quit; the harness itself only acknowledges. */
  onQuit?: () => void
  /**
   * The clock to use, e.g. the previous harness's on a restart so test time
   * carries on; a fresh real-time clock by default.
   */
  clock?: HarnessClock
  /** Sets the clock to this instant (epoch ms) before the database opens. */
  startAt?: number
  /** Stops the clock at start (at `startAt` if given), for exact timestamps. */
  freezeClock?: boolean
}

export interface Harness {
  /** `http://127.0.0.1:<port>/`: the app. */
  url: string
  origin: string
  port: number
  dataDir: string
  clock: HarnessClock
  core: Core
  /** Value for the `X-Limber-Control` header of `/__limber/control/…` calls. */
  controlToken: string
  /** Resolves once `count` pages are subscribed to main → renderer events. */
  waitForEventClients(count?: number, timeoutMs?: number): Promise<void>
  /** Stops serving, ends event streams and closes the database. Safe to call twice. */
  close(): Promise<void>
}

/**
 * The browser harness (DESIGN.md): the app's own ipc handlers, services and
 * SQLite file behind a small HTTP server on 127.0.0.1, serving the built
 * renderer with a `window.limber` that forwards to it. Test and preview only.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const root = repoRoot()
  const dataDir = resolve(options.dataDir)
  const clock = options.clock ?? new HarnessClock()
  if (options.freezeClock) clock.freeze()
  if (options.startAt !== undefined) clock.set(options.startAt)
  const hub = new EventHub()
  const ipcMain = new HttpIpcMain()
  const site = new StaticSite(resolve(root, options.rendererDir ?? 'out/renderer'))
  const controlToken = randomBytes(18).toString('base64url')
  // Reminders run on the harness clock; tests set the idle time and power events.
  const timers = new HarnessTimers(clock)
  const idle = new HarnessIdle(clock)
  const busy = new HarnessBusy()
  const desk: DeskTargets = { idle, busy, reminders: () => null }
  const controls = new Controls(controlToken, clock, hub, desk)
  const bridge = buildBridgeScript(join(root, 'e2e', 'harness'), {
    channels: pageChannels,
    events: eventNames,
    ipcPath: IPC_PREFIX,
    eventsPath: EVENTS_PATH,
  })
  let own: Origin = originFor(0)

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[harness] request failed:', error)
      if (!res.headersSent) sendText(res, 500, 'Internal error')
      else res.end()
    })
  })

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
    const verdict = checkRequest(req, own)
    if (!verdict.ok) {
      if (path.startsWith(IPC_PREFIX)) {
        sendJson(res, 403, {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This request did not come from the Limber window.',
            issues: [],
          },
        })
        return
      }
      sendText(res, 403, `Forbidden: ${verdict.reason}`)
      return
    }
    if (path === BRIDGE_PATH) {
      sendScript(res, bridge)
      return
    }
    if (path.startsWith(IPC_PREFIX)) {
      const channel = safeDecode(path.slice(IPC_PREFIX.length))
      return ipcMain.serve(req, res, channel ?? '')
    }
    if (path === EVENTS_PATH && req.method === 'GET') {
      hub.serve(req, res)
      return
    }
    if (path.startsWith(CONTROL_PREFIX)) {
      return controls.serve(req, res, path.slice(CONTROL_PREFIX.length))
    }
    if (path.startsWith('/__limber/')) {
      sendText(res, 404, 'Not found')
      return
    }
    return site.serve(req, res, path)
  }

  try {
    await listen(server, options.port ?? 0)
  } catch (error) {
    timers.dispose()
    hub.close()
    throw error
  }
  const port = (server.address() as AddressInfo).port
  own = originFor(port)
  // The data folder and database are touched only once the port is ours, so
  // a busy port leaves the disk as it was. Nothing below awaits, so no request is served
  // before the handlers are registered.
  let core: Core
  try {
    mkdirSync(dataDir, { recursive: true })
    core = new Core({
      dataDir,
      clock,
      info: { name: 'Limber', version: appVersion(root), shell: 'browser' },
      emit: (name, payload) => {
        hub.emit(name, payload)
      },
      quit: () => options.onQuit?.(),
      timers,
      idle,
      busy,
      workoutReader: threadedReader(builtOrSourceReaderThread(root)),
    })
    desk.reminders = () => core.reminders()
  } catch (error) {
    timers.dispose()
    hub.close()
    await new Promise<void>((done) =>
      server.close(() => {
        done()
      }),
    )
    throw error
  }
  registerHandlers(core, {
    ipcMain,
    isTrustedUrl: trustedUrlCheck(own),
    checkOutputs: true,
    logError:
      options.logError ??
      ((channel, error) => {
        console.error(`[harness] ${channel}:`, error)
      }),
  })

  let closing: Promise<void> | null = null
  return {
    url: `${own.origin}/`,
    origin: own.origin,
    port,
    dataDir,
    clock,
    core,
    controlToken,
    waitForEventClients: (count, timeoutMs) => hub.waitForClients(count, timeoutMs),
    close: () => (closing ??= shutdown(server, hub, core, timers)),
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolvePromise()
    })
  })
}

async function shutdown(
  server: Server,
  hub: EventHub,
  core: Core,
  timers: HarnessTimers,
): Promise<void> {
  hub.close()
  const closed = new Promise<void>((done) =>
    server.close(() => {
      done()
    }),
  )
  server.closeAllConnections()
  await closed
  core.close()
  timers.dispose()
}

function sendScript(res: ServerResponse, script: string): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/javascript; charset=utf-8',
    'Content-Length': Buffer.byteLength(script),
  })
  res.end(script)
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
