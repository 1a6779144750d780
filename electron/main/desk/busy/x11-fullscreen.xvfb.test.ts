import * as x11 from 'x11'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { x11FullscreenDetector } from './x11-fullscreen'
import { startXvfb, xvfbMissing } from './xvfb-session'

const missing = xvfbMissing()
if (missing) console.log(`[skip] x11 full-screen detector under Xvfb: ${missing}`)

/** The requests this test makes as an ordinary X client (the detector needs none of them). */
interface TestClient extends x11.XClient {
  AllocID(): number
  CreateWindow(...args: unknown[]): void
  MapWindow(wid: number): void
  SendEvent(destination: number, propagate: number, mask: number, event: unknown): void
}

const SUBSTRUCTURE = 0x00080000 | 0x00100000 // SubstructureNotify | SubstructureRedirect
const ADD = 1
const REMOVE = 0

/** Polls the detector (a fresh connection each time, as in the app) until it says `want`. */
async function until(read: () => Promise<string>, want: string, ms = 5_000): Promise<string> {
  const end = Date.now() + ms
  let last = ''
  while (Date.now() < end) {
    last = await read()
    if (last === want) return last
    await new Promise((r) => setTimeout(r, 100))
  }
  return last
}

describe.skipIf(missing !== null)(
  'x11 full-screen detector against a real X server and window manager',
  () => {
    let session: Awaited<ReturnType<typeof startXvfb>>
    let app: { client: TestClient; root: number; wid: number }
    const atom = (name: string) =>
      new Promise<number>((resolve, reject) => {
        app.client.InternAtom(false, name, (err, a) => {
          if (err) reject(err)
          else resolve(a)
        })
      })
    const rootValue = (a: number) =>
      new Promise<number>((resolve) => {
        app.client.GetProperty(0, app.root, a, 0, 0, 1, (err, prop) => {
          resolve(err || prop.data.length < 4 ? 0 : prop.data.readUInt32LE(0))
        })
      })
    const setFullscreen = async (action: number) => {
      const state = await atom('_NET_WM_STATE')
      const fullscreen = await atom('_NET_WM_STATE_FULLSCREEN')
      // EWMH: a client asks the window manager by a ClientMessage to the root window.
      app.client.SendEvent(app.root, 0, SUBSTRUCTURE, {
        name: 'ClientMessage',
        format: 32,
        wid: app.wid,
        message_type: state,
        data: [action, fullscreen, 0, 1, 0],
      })
    }

    beforeAll(async () => {
      session = await startXvfb()
      const display = await new Promise<x11.XDisplay>((resolve, reject) => {
        // The window manager needs a moment to take the display; retry the connection meanwhile.
        const attempt = (left: number) => {
          x11.createClient({ display: session.display }, (err, d) => {
            if (!err) resolve(d)
            else if (left > 0)
              setTimeout(() => {
                attempt(left - 1)
              }, 100)
            else reject(err)
          })
        }
        attempt(30)
      })
      const client = display.client as TestClient
      const root = display.screen[0]?.root ?? 0
      app = { client, root, wid: 0 }
      // A window mapped before the window manager runs is managed but not focused: wait for it.
      const check = await atom('_NET_SUPPORTING_WM_CHECK')
      expect(await until(async () => String((await rootValue(check)) !== 0), 'true')).toBe('true')
      const wid = client.AllocID()
      client.CreateWindow(wid, root, 10, 10, 400, 300, 0, 0, 0, 0, {})
      client.MapWindow(wid)
      app = { client, root, wid }
      const active = await atom('_NET_ACTIVE_WINDOW')
      const activeNow = async () => String(await rootValue(active))
      if ((await until(activeNow, String(wid))) !== String(wid)) {
        // Openbox, still starting on a busy machine, sometimes maps the window
        // without focusing it; ask for it as a pager would (EWMH source 2).
        client.SendEvent(root, 0, SUBSTRUCTURE, {
          name: 'ClientMessage',
          format: 32,
          wid,
          message_type: active,
          data: [2, 0, 0, 0, 0],
        })
      }
      expect(await until(activeNow, String(wid))).toBe(String(wid))
    }, 30_000)

    afterAll(async () => {
      app.client.close()
      await session.stop()
    })

    it('says busy while the active window is full screen, and free again once it is not', async () => {
      const detector = x11FullscreenDetector(session.display)
      // Our window is the active one (beforeAll waited for it); not full screen, not busy.
      expect(await until(() => detector.read(), 'free')).toBe('free')
      await setFullscreen(ADD)
      expect(await until(() => detector.read(), 'busy')).toBe('busy')
      await setFullscreen(REMOVE)
      expect(await until(() => detector.read(), 'free')).toBe('free')
    }, 20_000)

    it('rejects when the display cannot be reached (safeRead turns that into unknown)', async () => {
      await expect(x11FullscreenDetector(':4999').read()).rejects.toThrow()
    })
  },
)
