import { extname } from 'node:path'

/**
 * What the renderer's files are served with, in the app (`app://`, see
 * protocol.ts) and in the browser harness alike, so the two cannot drift.
 * Free of `electron` imports: the harness loads it under plain Node.
 */

/**
 * The meta tag in renderer/index.html: everything except frame-ancestors,
 * which Chromium ignores in a meta tag (and logs an error for on every load).
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * The response header: the meta policy plus frame-ancestors, which only a
 * header can carry. Sent with every response, so it also covers files that
 * are not HTML and cannot be removed by anything the page does.
 */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
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
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
}

/** The Content-Type for a file the renderer ships, or undefined for an unknown kind. */
export function knownMimeType(filePath: string): string | undefined {
  return MIME_TYPES[extname(filePath).toLowerCase()]
}
