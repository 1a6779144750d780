import type { BusyDetector, Reading } from './detector'

/** What the full-screen check needs from an X server: atoms and 32-bit properties. */
export interface XProps {
  root: number
  /** The atom for a name, or 0 when the server has none (no window manager ever set it). */
  atom(name: string): Promise<number>
  /** A property as 32-bit values, or null when the window does not have it. */
  values(window: number, atom: number): Promise<number[] | null>
}

/**
 * EWMH: the window manager names the active window on the root window
 * (_NET_ACTIVE_WINDOW) and marks a full-screen one with
 * _NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE. Without an EWMH window
 * manager (_NET_SUPPORTING_WM_CHECK) nothing can be said: "unknown". No
 * active window yet (nothing focused) is not busy.
 */
export async function activeWindowFullscreen(x: XProps): Promise<Reading> {
  const [checkAtom, activeAtom, stateAtom, fullscreenAtom] = await Promise.all([
    x.atom('_NET_SUPPORTING_WM_CHECK'),
    x.atom('_NET_ACTIVE_WINDOW'),
    x.atom('_NET_WM_STATE'),
    x.atom('_NET_WM_STATE_FULLSCREEN'),
  ])
  // No EWMH window manager running: nobody keeps the properties below up to date.
  if (checkAtom === 0 || !(await x.values(x.root, checkAtom))?.[0]) return 'unknown'
  const active = activeAtom === 0 ? 0 : ((await x.values(x.root, activeAtom))?.[0] ?? 0)
  if (active === 0 || stateAtom === 0 || fullscreenAtom === 0) return 'free'
  const states = (await x.values(active, stateAtom)) ?? []
  return states.includes(fullscreenAtom) ? 'busy' : 'free'
}

function words(data: Buffer): number[] {
  const out: number[] = []
  for (let i = 0; i + 4 <= data.length; i += 4) out.push(data.readUInt32LE(i))
  return out
}

/**
 * Reads the X server named by `display` through the `x11` client library
 * (the X protocol in JavaScript: no xprop or xdotool needed). One
 * connection per reading, closed after it: readings are once a minute at
 * most, and only while a reminder waits.
 */
export function x11FullscreenDetector(display: string): BusyDetector {
  return {
    signal: 'fullscreen',
    read: async () => {
      const x11 = await import('x11')
      const connection = await new Promise<import('x11').XDisplay>((resolve, reject) => {
        x11
          .createClient({ display }, (err, d) => {
            if (err) reject(err)
            else resolve(d)
          })
          .on('error', reject)
      })
      const client = connection.client
      client.on('error', () => undefined)
      const root = connection.screen[0]?.root
      if (root === undefined) {
        client.close()
        return 'unknown'
      }
      const props: XProps = {
        root,
        atom: (name) =>
          new Promise((resolve) => {
            client.InternAtom(true, name, (err, atom) => {
              resolve(err ? 0 : atom)
            })
          }),
        values: (window, atom) =>
          new Promise((resolve) => {
            client.GetProperty(0, window, atom, 0, 0, 1024, (err, prop) => {
              resolve(err || prop.type === 0 || prop.format !== 32 ? null : words(prop.data))
            })
          }),
      }
      try {
        return await activeWindowFullscreen(props)
      } finally {
        client.close()
      }
    },
  }
}
