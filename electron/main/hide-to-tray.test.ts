import { EventEmitter } from 'node:events'
import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { TrayHostAnswer } from './desk/tray-host'

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
let noticeShown: boolean
let tray: TrayHostAnswer
let reveal: Mock<(window: BrowserWindow) => void>
let quit: Mock<() => void>
let confirmQuit: Mock<(window: BrowserWindow) => Promise<boolean>>

beforeEach(() => {
  fake.app = new EventEmitter()
  FakeNotification.shown = []
  FakeNotification.supported = true
  hintShown = false
  noticeShown = false
  tray = 'present'
  reveal = vi.fn<(window: BrowserWindow) => void>()
  quit = vi.fn<() => void>()
  confirmQuit = vi.fn<(window: BrowserWindow) => Promise<boolean>>(() => Promise.resolve(true))
})

function manage(platform: NodeJS.Platform = 'linux', startedHidden = false) {
  const window = new FakeWindow()
  const onError = vi.fn()
  hideToTray({
    platform,
    hint: { shown: () => hintShown, markShown: () => (hintShown = true) },
    trayHost: { check: () => Promise.resolve(tray) },
    noTrayNotice: { shown: () => noticeShown, markShown: () => (noticeShown = true) },
    confirmQuit,
    quit,
    reveal,
    onError,
  }).manage(window as never, startedHidden)
  return { window, onError }
}

/** Lets the tray-host answer (a D-Bus round trip in the app) arrive. */
const answered = () => new Promise((resolve) => setImmediate(resolve))

/** A close request, then whatever follows once the answer is in. */
async function close(window: FakeWindow): Promise<boolean> {
  const closed = window.requestClose()
  await answered()
  return closed
}

describe('hide to tray', () => {
  it('closing the window hides it and keeps the app running', async () => {
    const { window } = manage()
    expect(await close(window)).toBe(false)
    expect(window.visible).toBe(false)
    expect(window.destroyed).toBe(false)
    expect(quit).not.toHaveBeenCalled()
  })

  it('says once, the first time, that Limber is still in the tray', async () => {
    const { window } = manage()
    await close(window)
    await close(window)
    expect(FakeNotification.shown).toEqual([
      {
        title: 'Limber is still running',
        body: 'Limber keeps running in the tray so your reminders still come. To quit, choose Quit Limber from its tray menu.',
      },
    ])
    expect(hintShown).toBe(true)
  })

  it('calls it the menu bar on macOS', async () => {
    await close(manage('darwin').window)
    expect(FakeNotification.shown[0]?.body).toContain('menu bar')
  })

  it('does not repeat the hint after a restart', async () => {
    hintShown = true
    await close(manage().window)
    expect(FakeNotification.shown).toEqual([])
  })

  it('lets the window close once the app is quitting', async () => {
    const { window } = manage()
    fake.app.emit('before-quit')
    expect(await close(window)).toBe(true)
    expect(FakeNotification.shown).toEqual([])
  })

  it('lets the window close when Windows ends the session', async () => {
    const { window } = manage('win32')
    window.emit('session-end')
    expect(await close(window)).toBe(true)
  })

  it('still hides when the hint cannot be saved', async () => {
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
      trayHost: { check: () => Promise.resolve('present') },
      noTrayNotice: { shown: () => true, markShown: () => {} },
      confirmQuit,
      quit,
      reveal,
      onError,
    }).manage(window as never)
    expect(await close(window)).toBe(false)
    expect(window.visible).toBe(false)
    expect(onError).toHaveBeenCalledOnce()
  })

  it('brings a hidden window back from the Dock', async () => {
    const { window } = manage('darwin')
    fake.app.emit('activate')
    expect(reveal).not.toHaveBeenCalled()
    await close(window)
    fake.app.emit('activate')
    expect(reveal).toHaveBeenCalledExactlyOnceWith(window as never)
  })
})

describe('without a tray host (GNOME with no AppIndicator extension)', () => {
  for (const answer of ['absent', 'unknown'] as const) {
    it(`closing quits instead of hiding into an invisible tray (tray host ${answer})`, async () => {
      tray = answer
      const { window } = manage()
      await close(window)
      expect(window.visible).toBe(true)
      expect(quit).toHaveBeenCalledOnce()
      expect(FakeNotification.shown).toEqual([])
    })
  }

  it('says so the first time only, and remembers it', async () => {
    tray = 'absent'
    const first = manage()
    await close(first.window)
    expect(confirmQuit).toHaveBeenCalledExactlyOnceWith(first.window as never)
    expect(noticeShown).toBe(true)
    // After a restart, closing just quits.
    await close(manage().window)
    expect(confirmQuit).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledTimes(2)
  })

  it('keeps the window open when the user chooses to', async () => {
    tray = 'absent'
    confirmQuit.mockResolvedValueOnce(false)
    const { window } = manage()
    await close(window)
    expect(quit).not.toHaveBeenCalled()
    expect(window.visible).toBe(true)
    // Asked once: the next close quits.
    await close(window)
    expect(quit).toHaveBeenCalledOnce()
  })

  it('asks once however often the close button is clicked while it decides', async () => {
    tray = 'absent'
    const { window } = manage()
    window.requestClose()
    window.requestClose()
    await answered()
    expect(confirmQuit).toHaveBeenCalledOnce()
    expect(quit).toHaveBeenCalledOnce()
  })

  it('hides again once a tray host appears (an extension switched on)', async () => {
    tray = 'absent'
    noticeShown = true
    const { window } = manage()
    tray = 'present'
    await close(window)
    expect(window.visible).toBe(false)
    expect(quit).not.toHaveBeenCalled()
  })
})

describe('a start at login', () => {
  it('stays hidden where the tray can bring it back', async () => {
    manage('linux', true)
    await answered()
    expect(reveal).not.toHaveBeenCalled()
  })

  it('shows the window where there is no tray host, so Limber does not vanish', async () => {
    tray = 'absent'
    const { window } = manage('linux', true)
    await answered()
    expect(reveal).toHaveBeenCalledExactlyOnceWith(window as never)
  })
})
