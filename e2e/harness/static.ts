import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { BASE_HEADERS, sendText } from './http'

export const BRIDGE_PATH = '/__limber/bridge.js'

/**
 * Used only when index.html carries no CSP meta: the policy the issue asks of
 * the app, so the harness never serves a page looser than the app's.
 */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
}

/**
 * Serves the built renderer read-only: GET/HEAD only, files strictly inside
 * `root` (no `..`, encoded separators, NUL bytes, dotfiles or symlinks out),
 * known MIME types only, and index.html with the bridge script injected and
 * its CSP repeated as a response header.
 */
export class StaticSite {
  constructor(private readonly root: string) {}

  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
      return
    }
    const file = await this.resolve(pathname)
    if (!file) {
      sendText(res, 404, 'Not found')
      return
    }
    const type = MIME[extname(file).toLowerCase()]
    if (!type) {
      sendText(res, 404, 'Not found')
      return
    }
    const raw = await readFile(file)
    const isIndex = relative(this.root, file) === 'index.html'
    const body = isIndex ? Buffer.from(injectBridge(raw.toString('utf8'))) : raw
    const headers: Record<string, string | number> = {
      ...BASE_HEADERS,
      'Content-Type': type,
      'Content-Length': body.length,
    }
    if (type.startsWith('text/html'))
      headers['Content-Security-Policy'] = cspOf(raw.toString('utf8'))
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** The real path of the requested file, or null if it is not a servable file inside root. */
  async resolve(pathname: string): Promise<string | null> {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return null
    }
    if (decoded === '/' || decoded === '') decoded = '/index.html'
    if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null
    const segments = decoded.slice(1).split('/')
    if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) return null
    const candidate = resolve(this.root, ...segments)
    if (!isInside(this.root, candidate)) return null
    try {
      const real = await realpath(candidate)
      const realRoot = await realpath(this.root)
      if (!isInside(realRoot, real)) return null
      return (await stat(real)).isFile() ? join(this.root, relative(realRoot, real)) : null
    } catch {
      return null
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i
const CONTENT_ATTR = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i

/** The policy from index.html's CSP meta, so header and meta always agree. */
export function cspOf(html: string): string {
  const meta = CSP_META.exec(html)?.[0]
  const match = meta ? CONTENT_ATTR.exec(meta) : null
  const policy = (match?.[1] ?? match?.[2] ?? '').replace(/\s+/g, ' ').trim()
  return policy || FALLBACK_CSP
}

/**
 * Adds the bridge as a classic script before the app's first module script
 * (module scripts are deferred, so `window.limber` exists before the app
 * runs); before `</head>` if the page has no module script.
 */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`
  const moduleScript = /<script\b[^>]*\btype\s*=\s*["']module["'][^>]*>/i.exec(html)
  if (moduleScript) {
    return html.slice(0, moduleScript.index) + tag + '\n    ' + html.slice(moduleScript.index)
  }
  const head = html.search(/<\/head>/i)
  if (head >= 0) return html.slice(0, head) + tag + '\n  ' + html.slice(head)
  return tag + html
}
