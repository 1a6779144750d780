import { EventEmitter } from 'node:events'
import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'

class FakeNotification {
  static shown: { title: string; body: string }[] = []
  static supported = true
  static isSupported() {
    return FakeNotification.supported
  }
  constructor(readonly options: { title: string; body: string }) {}
  show() {
    FakeNotification.shown.push(this.options)
  }
}

const fake = { app: new EventEmitter() }

vi.mock('electron', () => ({
  get app() {
    return fake.app
  },
  get Notification() {
    return FakeNotification
  },
}))

const { hideToTray } = await import('./hide-to-tray')

class FakeWindow extends EventEmitter {
  visible = true
  destroyed = false
  hide() {
    this.visible = false
  }
  isVisible() {
    return this.visible
  }
  isDestroyed() {
    return this.destroyed
  }
  /** What Electron does on a close request: emit "close", then close unless prevented. */
  requestClose(): boolean {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) }
    this.emit('close', event)
    if (!event.prevented) this.destroyed = true
    return !event.prevented
  }
}

let hintShown: boolean
let reveal: Mock<(window: BrowserWindow) => void>

beforeEach(() => {
  fake.app = new EventEmitter()
  FakeNotification.shown = []
  FakeNotification.supported = true
  hintShown = false
  reveal = vi.fn<(window: BrowserWindow) => void>()
})

function manage(platform: NodeJS.Platform = 'linux') {
  const window = new FakeWindow()
  const onError = vi.fn()
  hideToTray({
    platform,
    hint: { shown: () => hintShown, markShown: () => (hintShown = true) },
    reveal,
    onError,
  }).manage(window as never)
  return { window, onError }
}

describe('hide to tray', () => {
  it('closing the window hides it and keeps the app running', () => {
    const { window } = manage()
    expect(window.requestClose()).toBe(false)
    expect(window.visible).toBe(false)
    expect(window.destroyed).toBe(false)
  })

  it('says once, the first time, that Limber is still in the tray', () => {
    const { window } = manage()
    window.requestClose()
    window.requestClose()
    expect(FakeNotification.shown).toEqual([
      {
        title: 'Limber is still running',
        body: 'Limber keeps running in the tray so your reminders still come. To quit, choose Quit Limber from its tray menu.',
      },
    ])
    expect(hintShown).toBe(true)
  })

  it('calls it the menu bar on macOS', () => {
    manage('darwin').window.requestClose()
    expect(FakeNotification.shown[0]?.body).toContain('menu bar')
  })

  it('does not repeat the hint after a restart', () => {
    hintShown = true
    manage().window.requestClose()
    expect(FakeNotification.shown).toEqual([])
  })

  it('lets the window close once the app is quitting', () => {
    const { window } = manage()
    fake.app.emit('before-quit')
    expect(window.requestClose()).toBe(true)
    expect(FakeNotification.shown).toEqual([])
  })

  it('lets the window close when Windows ends the session', () => {
    const { window } = manage('win32')
    window.emit('session-end')
    expect(window.requestClose()).toBe(true)
  })

  it('still hides when the hint cannot be saved', () => {
    const window = new FakeWindow()
    const onError = vi.fn()
    hideToTray({
      platform: 'linux',
      hint: {
        shown: () => {
          throw new Error('storage unavailable')
        },
        markShown: () => {},
      },
      reveal,
      onError,
    }).manage(window as never)
    expect(window.requestClose()).toBe(false)
    expect(onError).toHaveBeenCalledOnce()
  })

  it('brings a hidden window back from the Dock', () => {
    const { window } = manage('darwin')
    fake.app.emit('activate')
    expect(reveal).not.toHaveBeenCalled()
    window.requestClose()
    fake.app.emit('activate')
    expect(reveal).toHaveBeenCalledExactlyOnceWith(window as never)
  })
})
