import type { Session, WebContents } from 'electron'
import { GestureClock, isAllowedExternal, type InputLike } from './external-links'
import type { OriginPolicy } from './origin'

/** Opening allow-listed links in the system browser (shell.openExternal), after a user click. */
export interface ExternalLinks {
  origins: readonly string[]
  openExternal: (url: string) => unknown
  /** For tests; Date.now by default. */
  now?: () => number
}

/**
 * Locks down one webContents (every window, and DevTools): it may only ever
 * show the app's own pages, opens no windows and embeds no webviews.
 */
export function guardWebContents(
  contents: WebContents,
  policy: OriginPolicy,
  external?: ExternalLinks,
): void {
  const gestures = new GestureClock(external?.now)
  contents.on('input-event', (_event, input: InputLike) => {
    gestures.observe(input)
  })
  /** An allow-listed https link the user just clicked goes to the system browser. */
  const openOutside = (url: string): void => {
    if (external && gestures.recent() && isAllowedExternal(url, external.origins)) {
      void external.openExternal(url)
    }
  }
  /** Prevents leaving the app; answers whether it did. */
  const blockForeign = (event: { url: string; preventDefault(): void }): boolean => {
    if (policy.isAppUrl(event.url)) return false
    // DevTools (unpackaged builds only) moves between its own pages.
    if (isDevtools(event.url) && isDevtools(contents.getURL())) return false
    event.preventDefault()
    return true
  }
  contents.on('will-navigate', (event) => {
    if (blockForeign(event)) openOutside(event.url)
  })
  contents.on('will-frame-navigate', blockForeign)
  contents.on('will-redirect', blockForeign)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  // No window is ever opened. The only thing a new-window request can do is
  // hand an allow-listed https link, just clicked, to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
}

function isDevtools(url: string): boolean {
  return url.startsWith('devtools://')
}

/**
 * Session-wide rules: no permission is ever granted (camera, notifications
 * from the page, geolocation, …) and no request leaves the app's origin.
 */
export function guardSession(session: Session, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.isAllowedRequest(details.url) })
  })
}

/**
 * Applies both guards to every webContents the app ever creates, including
 * ones created later (DevTools, any future window), each session once.
 */
export function createContentsGuard(
  policy: OriginPolicy,
  external?: ExternalLinks,
): (contents: WebContents) => void {
  const guardedSessions = new WeakSet<Session>()
  return (contents) => {
    guardWebContents(contents, policy, external)
    if (!guardedSessions.has(contents.session)) {
      guardedSessions.add(contents.session)
      guardSession(contents.session, policy)
    }
  }
}
