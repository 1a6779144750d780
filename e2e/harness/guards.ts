import type { IncomingMessage } from 'node:http'

/**
 * Who may talk to the harness: only pages it served itself. A DNS-rebinding
 * page reaches 127.0.0.1 under a foreign Host header; a page from any other
 * origin sends its own Origin (or a cross-site Sec-Fetch-Site). Both are
 * refused before any route runs.
 */
export interface Origin {
  /** `127.0.0.1:<port>` */
  host: string
  /** `http://127.0.0.1:<port>` */
  origin: string
}

export function originFor(port: number): Origin {
  const host = `127.0.0.1:${port}`
  return { host, origin: `http://${host}` }
}

export type GuardVerdict = { ok: true } | { ok: false; reason: string }

export function checkRequest(req: IncomingMessage, own: Origin): GuardVerdict {
  const host = req.headers.host
  if (host !== own.host) {
    return { ok: false, reason: `Host ${JSON.stringify(host ?? '')} is not ${own.host}` }
  }
  const origin = req.headers.origin
  if (origin !== undefined && origin !== own.origin) {
    return { ok: false, reason: `Origin ${JSON.stringify(origin)} is not ${own.origin}` }
  }
  const site = req.headers['sec-fetch-site']
  // 'none' is a URL typed or opened by the user; 'same-origin' is our own page.
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, reason: `Sec-Fetch-Site ${JSON.stringify(site)}` }
  }
  return { ok: true }
}

/**
 * The URL of the page that sent an IPC request, standing in for Electron's
 * `senderFrame.url`: the Referer when it is on the request's Origin, else the
 * Origin itself. Empty when the request carries no Origin (not a browser page),
 * which the handlers' trust check then refuses.
 */
export function senderUrl(req: IncomingMessage): string {
  const origin = req.headers.origin
  if (!origin || origin === 'null') return ''
  const referer = req.headers.referer
  if (referer) {
    try {
      if (new URL(referer).origin === origin) return referer
    } catch {
      // A malformed Referer says nothing; fall back to the Origin.
    }
  }
  return `${origin}/`
}

/** The handlers' `isTrustedUrl`: only pages on the harness's own origin. */
export function trustedUrlCheck(own: Origin): (url: string) => boolean {
  return (url) => {
    try {
      return new URL(url).origin === own.origin
    } catch {
      return false
    }
  }
}
