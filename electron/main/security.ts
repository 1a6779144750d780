import type { Session, WebContents, WebPreferences } from 'electron'
import type { OriginPolicy } from './origin'

/**
 * The only webPreferences Limber's window uses: Electron's security checklist
 * with nothing relaxed. The page gets `window.limber` from the preload and no
 * other path to Node or to Electron.
 */
export function secureWebPreferences(options: {
  preloadPath: string
  isPackaged: boolean
}): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Middle-click would open links in new windows, around setWindowOpenHandler.
    disableBlinkFeatures: 'Auxclick',
    devTools: !options.isPackaged,
    // The spellchecker downloads dictionaries; the app makes no network requests.
    spellcheck: false,
  }
}

/**
 * Locks down one webContents (every window, and DevTools): it may only ever
 * show the app's own pages, opens no windows and embeds no webviews.
 */
export function guardWebContents(contents: WebContents, policy: OriginPolicy): void {
  const blockForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!policy.isAppUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', blockForeign)
  contents.on('will-frame-navigate', blockForeign)
  contents.on('will-redirect', blockForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Links to the outside world are not followed: Limber has none, and a page
  // that tried would be doing something it should not.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Session-wide rules: no permission is ever granted (camera, notifications
 * from the page, geolocation, …) and no request leaves the app's origin.
 */
export function guardSession(session: Session, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
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
