import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY, knownMimeType } from '../../electron/main/web-content'
import { BASE_HEADERS, sendText } from './http'

export const BRIDGE_PATH = '/__limber/bridge.js'

/**
 * Serves the built renderer read-only: GET/HEAD only, files strictly inside
 * `root` (no `..`, encoded separators, NUL bytes, dotfiles or symlinks out),
 * known MIME types only, and index.html with the bridge script injected, with
 * the app's CSP response header.
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
    const type = knownMimeType(file)
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
    // The app's own header: the meta policy plus frame-ancestors.
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
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
