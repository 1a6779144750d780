/** The renderer is served from `app://limber/…` (never file://). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'limber'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Decides which URLs belong to Limber itself. Everything the security
 * handlers and the IPC sender check allow goes through here, so one strict
 * parser guards navigation, redirects, requests and IPC alike.
 */
export interface OriginPolicy {
  /** The app's own pages: `app://limber/…`, or the dev server during `npm run dev`. */
  isAppUrl(url: string): boolean
  /** Requests the renderer may make: its own origin, DevTools, and the dev server in dev. */
  isAllowedRequest(url: string): boolean
}

/**
 * @param devServerUrl the electron-vite dev server (unpackaged dev runs only);
 *   `undefined` in every packaged or preview build.
 */
export function createOriginPolicy(devServerUrl?: string): OriginPolicy {
  const dev = devServerUrl ? parseDevServer(devServerUrl) : null
  const isAppUrl = (url: string): boolean => {
    const parsed = strictParse(url)
    if (!parsed) return false
    if (isOwnAppUrl(parsed)) return true
    return dev !== null && isDevServerUrl(parsed, dev, ['http:', 'https:'])
  }
  return {
    isAppUrl,
    isAllowedRequest(url) {
      const parsed = strictParse(url)
      if (!parsed) return false
      if (isOwnAppUrl(parsed)) return true
      if (parsed.protocol === 'devtools:') return true
      // Vite's hot reload talks over a WebSocket on the same host and port.
      return dev !== null && isDevServerUrl(parsed, dev, ['http:', 'https:', 'ws:', 'wss:'])
    },
  }
}

interface DevServer {
  hostname: string
  port: string
}

function parseDevServer(url: string): DevServer {
  const parsed = strictParse(url)
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new Error(`ELECTRON_RENDERER_URL is not an http(s) URL: ${url}`)
  }
  if (!isLoopback(parsed.hostname)) {
    // The dev server must never be a remote machine: it gets the IPC bridge.
    throw new Error(`ELECTRON_RENDERER_URL must point at this machine: ${url}`)
  }
  return { hostname: parsed.hostname, port: parsed.port }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

// Whitespace, control characters and backslashes are never part of a URL the
// app produces; browsers "fix" them in ways that differ from Node's parser, so
// anything containing them is refused outright rather than interpreted.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPICIOUS = /[\s\\\u0000-\u001f\u007f]/

function strictParse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null
  if (SUSPICIOUS.test(url)) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function hasNoCredentials(url: URL): boolean {
  return url.username === '' && url.password === ''
}

function isOwnAppUrl(url: URL): boolean {
  // Chromium lowercases standard-scheme hosts, so a mixed-case host never
  // comes from the app; refusing it keeps the check exact.
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.port === '' &&
    hasNoCredentials(url)
  )
}

function isDevServerUrl(url: URL, dev: DevServer, protocols: string[]): boolean {
  return (
    protocols.includes(url.protocol) &&
    url.hostname === dev.hostname &&
    url.port === dev.port &&
    hasNoCredentials(url)
  )
}
