import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { APP_URLS, HOSTILE_URLS } from './hostile-urls.fixture'
import { createOriginPolicy } from './origin'
import { createContentsGuard, guardSession, guardWebContents } from './security'

/** A webContents stand-in: real event emission, a recorded window-open handler. */
function fakeContents(
  session: Session = fakeSession().session,
  currentUrl = 'app://limber/index.html',
) {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = Object.assign(emitter, {
    session,
    getURL: () => currentUrl,
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  })
  /** Emits a navigation-style event; returns whether the guard prevented it. */
  const fire = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() }
    emitter.emit(name, event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  return {
    contents: contents as unknown as WebContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  }
}

function fakeSession() {
  const handlers: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
    check?: (...args: unknown[]) => boolean
    device?: (...args: unknown[]) => boolean
    beforeRequest?: (details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void
  } = {}
  const session = {
    setPermissionRequestHandler: vi.fn((h: typeof handlers.request) => (handlers.request = h)),
    setPermissionCheckHandler: vi.fn((h: typeof handlers.check) => (handlers.check = h)),
    setDevicePermissionHandler: vi.fn((h: typeof handlers.device) => (handlers.device = h)),
    webRequest: {
      onBeforeRequest: vi.fn((h: typeof handlers.beforeRequest) => (handlers.beforeRequest = h)),
    },
  }
  const request = (url: string): { cancel?: boolean } => {
    let answer: { cancel?: boolean } | undefined
    handlers.beforeRequest?.({ url }, (r) => (answer = r))
    if (!answer) throw new Error('onBeforeRequest did not answer')
    return answer
  }
  return { session: session as unknown as Session, raw: session, handlers, request }
}

const NAVIGATION_EVENTS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const

describe('guardWebContents', () => {
  const policy = createOriginPolicy()

  describe.each(NAVIGATION_EVENTS)('%s', (name) => {
    it.each(HOSTILE_URLS)('prevents %j', (url) => {
      const { contents, fire } = fakeContents()
      guardWebContents(contents, policy)
      expect(fire(name, url)).toBe(true)
    })

    it.each(APP_URLS)('allows %s', (url) => {
      const { contents, fire } = fakeContents()
      guardWebContents(contents, policy)
      expect(fire(name, url)).toBe(false)
    })
  })

  it.each([...HOSTILE_URLS, ...APP_URLS])('denies window.open(%j)', (url) => {
    const { contents, openWindow } = fakeContents()
    guardWebContents(contents, policy)
    expect(openWindow(url)).toEqual({ action: 'deny' })
  })

  it('refuses to attach a webview', () => {
    const { contents, fire } = fakeContents()
    guardWebContents(contents, policy)
    expect(fire('will-attach-webview', 'app://limber/index.html')).toBe(true)
  })

  it('lets DevTools move between its own pages, and only DevTools', () => {
    const devtools = fakeContents(undefined, 'devtools://devtools/bundled/devtools_app.html')
    guardWebContents(devtools.contents, policy)
    expect(devtools.fire('will-frame-navigate', 'devtools://devtools/bundled/panel.html')).toBe(
      false,
    )
    expect(devtools.fire('will-navigate', 'https://evil.com/')).toBe(true)
    const page = fakeContents()
    guardWebContents(page.contents, policy)
    expect(page.fire('will-navigate', 'devtools://devtools/bundled/devtools_app.html')).toBe(true)
  })

  it('in dev, allows the dev server but not other local ports', () => {
    const { contents, fire } = fakeContents()
    guardWebContents(contents, createOriginPolicy('http://localhost:5173'))
    expect(fire('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(fire('will-navigate', 'http://localhost:8080/')).toBe(true)
  })
})

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'hid',
  'unknown',
]

describe('guardSession', () => {
  const policy = createOriginPolicy()

  it.each(PERMISSIONS)('denies a %s permission request from any origin', (permission) => {
    const { session, handlers } = fakeSession()
    guardSession(session, policy)
    const callback = vi.fn()
    handlers.request?.({}, permission, callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it.each(PERMISSIONS)(
    'answers false to a %s permission check, even for the app origin',
    (permission) => {
      const { session, handlers } = fakeSession()
      guardSession(session, policy)
      expect(handlers.check?.(null, permission, 'app://limber', {})).toBe(false)
      expect(handlers.device?.({ deviceType: 'usb', origin: 'app://limber' })).toBe(false)
    },
  )

  it.each(HOSTILE_URLS.filter((url) => !url.startsWith('devtools://')))(
    'cancels a request to %j',
    (url) => {
      const { session, request } = fakeSession()
      guardSession(session, policy)
      expect(request(url)).toEqual({ cancel: true })
    },
  )

  it.each([...APP_URLS, 'devtools://devtools/bundled/inspector.html'])('lets %s through', (url) => {
    const { session, request } = fakeSession()
    guardSession(session, policy)
    expect(request(url)).toEqual({ cancel: false })
  })

  it('in dev, lets the dev server and its hot-reload socket through, nothing else', () => {
    const { session, request } = fakeSession()
    guardSession(session, createOriginPolicy('http://localhost:5173'))
    expect(request('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false })
    expect(request('ws://localhost:5173/')).toEqual({ cancel: false })
    expect(request('https://fonts.googleapis.com/css')).toEqual({ cancel: true })
  })
})

describe('createContentsGuard', () => {
  it('guards every webContents and each session once', () => {
    const shared = fakeSession()
    const guard = createContentsGuard(createOriginPolicy())
    const first = fakeContents(shared.session)
    const second = fakeContents(shared.session)
    guard(first.contents)
    guard(second.contents)
    expect(first.fire('will-navigate', 'https://evil.com/')).toBe(true)
    expect(second.fire('will-navigate', 'https://evil.com/')).toBe(true)
    expect(shared.raw.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1)
    expect(shared.raw.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
  })
})
