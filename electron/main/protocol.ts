import { readFile as fsReadFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { APP_HOST, APP_SCHEME } from './origin'
import { CONTENT_SECURITY_POLICY, knownMimeType } from './web-content'

export { CONTENT_SECURITY_POLICY } from './web-content'

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  // Files change between versions; reading them locally is cheap.
  'Cache-Control': 'no-cache',
}

export function mimeTypeFor(filePath: string): string {
  return knownMimeType(filePath) ?? 'application/octet-stream'
}

export type ResolvedPath =
  { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404; reason: string }

/**
 * Maps an `app://limber/…` URL to a file under `rootDir`, refusing anything
 * that could name a file outside it: `..` segments (plain or percent-encoded),
 * encoded slashes and backslashes, NUL bytes, drive letters.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): ResolvedPath {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400, reason: 'Malformed URL' }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return { ok: false, status: 403, reason: 'Not the app origin' }
  }
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400, reason: 'Malformed path' }
  }
  // eslint-disable-next-line no-control-regex -- a NUL byte is what it looks for
  if (/[\\:\u0000]/.test(path) || path.split('/').some((segment) => segment === '..')) {
    return { ok: false, status: 403, reason: 'Path outside the app' }
  }
  const filePath = join(rootDir, path === '/' || path === '' ? 'index.html' : path)
  const inside = relative(rootDir, filePath)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'Path outside the app' }
  }
  return { ok: true, filePath }
}

export interface AppProtocolOptions {
  /** The built renderer (out/renderer). */
  rootDir: string
  /** Injectable for tests; defaults to fs (which also reads inside app.asar). */
  readFile?: (filePath: string) => Promise<Uint8Array>
}

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer with the
 * right content types and the security headers on every response.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? fsReadFile
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed')
    }
    const resolved = resolveAppPath(options.rootDir, request.url)
    if (!resolved.ok) return textResponse(resolved.status, resolved.reason)
    let body: Uint8Array
    try {
      body = await read(resolved.filePath)
    } catch {
      return textResponse(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(resolved.filePath) },
    })
  }
}

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
