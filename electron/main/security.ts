import type { Session, WebContents } from 'electron'
import type { OriginPolicy } from './origin'

/**
 * Locks down one webContents (every window, and DevTools): it may only ever
 * show the app's own pages, opens no windows and embeds no webviews.
 */
export function guardWebContents(contents: WebContents, policy: OriginPolicy): void {
  const blockForeign = (event: { url: string; preventDefault(): void }): void => {
    if (policy.isAppUrl(event.url)) return
    // DevTools (unpackaged builds only) moves between its own pages.
    if (isDevtools(event.url) && isDevtools(contents.getURL())) return
    event.preventDefault()
  }
  contents.on('will-navigate', blockForeign)
  contents.on('will-frame-navigate', blockForeign)
  contents.on('will-redirect', blockForeign)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  // Links to the outside world are not followed: Limber has none, and a page
  // that tried would be doing something it should not.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
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
export function createContentsGuard(policy: OriginPolicy): (contents: WebContents) => void {
  const guardedSessions = new WeakSet<Session>()
  return (contents) => {
    guardWebContents(contents, policy)
    if (!guardedSessions.has(contents.session)) {
      guardedSessions.add(contents.session)
      guardSession(contents.session, policy)
    }
  }
}
