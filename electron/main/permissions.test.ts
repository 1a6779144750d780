import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createOriginPolicy } from './origin'
import { guardSession } from './security'

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>
type Permission = Parameters<RequestHandler>[1]
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type CheckPermission = Parameters<CheckHandler>[1]

// Every name Electron's typings allow. `satisfies Record<…>` makes an Electron
// upgrade that adds a permission a compile error here until it is listed.
const REQUESTS = {
  ar: 1,
  'automatic-fullscreen': 1,
  'background-fetch': 1,
  'background-sync': 1,
  'captured-surface-control': 1,
  'clipboard-read': 1,
  'clipboard-sanitized-write': 1,
  'deprecated-sync-clipboard-read': 1,
  'display-capture': 1,
  fileSystem: 1,
  fullscreen: 1,
  geolocation: 1,
  'geolocation-approximate': 1,
  'hand-tracking': 1,
  hid: 1,
  'idle-detection': 1,
  keyboardLock: 1,
  'local-fonts': 1,
  'local-network': 1,
  'local-network-access': 1,
  'loopback-network': 1,
  media: 1,
  mediaKeySystem: 1,
  midi: 1,
  midiSysex: 1,
  nfc: 1,
  notifications: 1,
  openExternal: 1,
  'payment-handler': 1,
  'periodic-background-sync': 1,
  'persistent-storage': 1,
  pointerLock: 1,
  'screen-wake-lock': 1,
  sensors: 1,
  serial: 1,
  'smart-card': 1,
  'speaker-selection': 1,
  'storage-access': 1,
  'system-wake-lock': 1,
  'top-level-storage-access': 1,
  usb: 1,
  vr: 1,
  'web-app-installation': 1,
  'web-printing': 1,
  'window-management': 1,
  unknown: 1,
} satisfies Record<Permission, 1>
const CHECKS = REQUESTS satisfies Record<CheckPermission, 1>

const ORIGINS = ['app://limber', 'https://evil.com', 'file://', 'null', '']

function guardedSession() {
  const h: { request?: RequestHandler; check?: CheckHandler; device?: (d: unknown) => boolean } = {}
  const session = {
    setPermissionRequestHandler: (fn: RequestHandler) => (h.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (h.check = fn),
    setDevicePermissionHandler: (fn: (d: unknown) => boolean) => (h.device = fn),
    webRequest: { onBeforeRequest: vi.fn() },
  }
  guardSession(session as unknown as Session, createOriginPolicy())
  return h
}

describe(`all ${Object.keys(REQUESTS).length} Electron permissions`, () => {
  it('are refused when a page asks, from any origin', () => {
    const h = guardedSession()
    const granted: string[] = []
    for (const permission of Object.keys(REQUESTS) as Permission[]) {
      for (const origin of ORIGINS) {
        h.request?.({} as never, permission, (ok) => ok && granted.push(permission), {
          requestingUrl: origin,
        } as never)
      }
    }
    expect(granted).toEqual([])
  })

  it('read as not granted when a page checks, even for the app itself', () => {
    const h = guardedSession()
    const granted = (Object.keys(CHECKS) as CheckPermission[]).filter((permission) =>
      ORIGINS.some((origin) => h.check?.(null, permission, origin, {} as never)),
    )
    expect(granted).toEqual([])
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(h.device?.({ deviceType, origin: 'app://limber' })).toBe(false)
    }
  })
})
