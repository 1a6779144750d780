import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../shared/contract'

// The bootstrap against a fake Electron and a real Core: the database is a
// temp file opened with the Node build of better-sqlite3, which the fake
// "app path" points at in place of the Electron build.

type Listener = (...args: unknown[]) => unknown

class FakeWebContents {
  send = vi.fn()
  setBackgroundThrottling = vi.fn()
}

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = []
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.all
  }
  webContents = new FakeWebContents()
  loaded: string | null = null
  minimized = true
  focused = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeWindow.all.push(this)
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url
    return Promise.resolve()
  }
  isDestroyed = () => false
  isMinimized = () => this.minimized
  hidden = false
  hide = () => (this.hidden = true)
  restore = () => (this.minimized = false)
  isVisible = () => true
  show = () => {}
  focus = () => (this.focused = true)
  isMaximized = () => false
  isFullScreen = () => false
  getBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 })
  getNormalBounds = () => ({ x: 0, y: 0, width: 1000, height: 700 })
}

/** The tray icon (one per app); its context menu is what the user clicks. */
class FakeTray extends EventEmitter {
  menu: MenuItemConstructorOptions[] = []
  constructor() {
    super()
    fake.tray = this
  }
  setImage() {}
  setToolTip() {}
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu
  }
  destroy() {}
}

class FakeNotification extends EventEmitter {
  static isSupported = () => true
  constructor(readonly options: { title: string }) {
    super()
  }
  show() {
    fake.notifications.push(this.options.title)
  }
  close() {}
}

function makeApp() {
  return Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => fake.lock),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn(() => '/should/not/be/used'),
    getAppPath: () => fake.appPath,
    getName: () => 'Limber',
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    setAppUserModelId: vi.fn(),
  })
}

const fake = {
  appPath: '',
  lock: true,
  app: null as unknown as ReturnType<typeof makeApp>,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcHandlers: new Map<string, Listener>(),
  menuTemplate: null as MenuItemConstructorOptions[] | null,
  showErrorBox: vi.fn(),
  powerSaveBlocker: { start: vi.fn(() => 7), stop: vi.fn() },
  tray: null as FakeTray | null,
  notifications: [] as string[],
  powerMonitor: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 }),
}

function resetFake(): void {
  fake.app = makeApp()
  fake.protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  fake.ipcHandlers = new Map()
  fake.menuTemplate = null
  fake.showErrorBox = vi.fn()
  fake.powerSaveBlocker = { start: vi.fn(() => 7), stop: vi.fn() }
  fake.tray = null
  fake.notifications = []
  fake.powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 })
  FakeWindow.all = []
}

vi.mock('electron', () => ({
  get app() {
    return fake.app
  },
  get protocol() {
    return fake.protocol
  },
  BrowserWindow: FakeWindow,
  ipcMain: {
    handle: (channel: string, listener: Listener) => fake.ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
    setApplicationMenu: (menu: MenuItemConstructorOptions[]) => {
      fake.menuTemplate = menu
    },
  },
  dialog: {
    showErrorBox: (...args: unknown[]) => {
      fake.showErrorBox(...args)
    },
  },
  get powerSaveBlocker() {
    return fake.powerSaveBlocker
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  Tray: FakeTray,
  Notification: FakeNotification,
  nativeImage: {
    createFromDataURL: () => ({ addRepresentation: () => {} }),
  },
  get powerMonitor() {
    return fake.powerMonitor
  },
}))

// The desktop's tray host is an OS question (D-Bus on Linux); here there is one.
vi.mock('./desk/tray-host', async (importActual) => ({
  ...(await importActual<typeof import('./desk/tray-host')>()),
  createTrayHost: () => ({ check: () => Promise.resolve('present') }),
}))

let root: string
let dataDir: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'limber-main-'))
  dataDir = join(root, 'data')
  fake.appPath = join(root, 'app')
  fake.lock = true
  resetFake()
  vi.stubEnv('LIMBER_DATA_DIR', dataDir)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.resetModules()
})

afterEach(() => {
  fake.app.emit('will-quit')
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

function provideNativeBinding(): void {
  // Node-API: the addon Node loads in the tests is the one Electron loads.
  const dir = join(fake.appPath, 'native', `${process.platform}-${process.arch}`)
  mkdirSync(dir, { recursive: true })
  const nodeBuild = resolve(
    __dirname,
    `../../node_modules/better-sqlite3/prebuilds/${process.platform}-${process.arch}.node`,
  )
  symlinkSync(nodeBuild, join(dir, 'better_sqlite3.node'))
}

async function boot(): Promise<void> {
  await import('./index')
  // Let the whenReady() continuation run.
  await new Promise((done) => setTimeout(done, 0))
}

const fromApp = { senderFrame: { url: 'app://limber/index.html', parent: null } }

/** Calls a registered ipcMain handler the way Electron would. */
function invoke(channel: string, event: unknown, input?: unknown): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return Promise.resolve(handler(event, input))
}

describe('main process bootstrap', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer before ready', async () => {
    provideNativeBinding()
    fake.app.whenReady = vi.fn(() => new Promise<void>(() => {}))
    await boot()
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(fake.app.enableSandbox).toHaveBeenCalled()
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', resolve(dataDir))
    expect(fake.protocol.handle).not.toHaveBeenCalled()
  })

  it('quits at once when another Limber holds the lock', async () => {
    fake.lock = false
    await boot()
    expect(fake.app.quit).toHaveBeenCalled()
    expect(fake.app.whenReady).not.toHaveBeenCalled()
    expect(fake.ipcHandlers.size).toBe(0)
  })

  it('when ready, serves app://, opens the window and answers IPC from the app only', async () => {
    provideNativeBinding()
    await boot()
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...channels].sort())
    expect(FakeWindow.all).toHaveLength(1)
    expect(FakeWindow.all[0]?.loaded).toBe('app://limber/index.html')

    expect(await invoke('app:info', fromApp)).toEqual({
      ok: true,
      value: { name: 'Limber', version: '0.1.0', dataDir: resolve(dataDir), shell: 'electron' },
    })
    expect(
      await invoke('app:info', { senderFrame: { url: 'https://evil.com/', parent: null } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(fake.showErrorBox).not.toHaveBeenCalled()
  })

  it('sends app:navigate to the window from the Go menu shortcuts', async () => {
    provideNativeBinding()
    await boot()
    const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])])
    const trends = flat(fake.menuTemplate ?? []).find((item) => item.accelerator === 'CmdOrCtrl+4')
    ;(trends?.click as () => void)()
    expect(FakeWindow.all[0]?.webContents.send).toHaveBeenCalledWith('app:navigate', {
      route: 'trends',
    })
  })

  it('brings the window back when Limber is launched again', async () => {
    provideNativeBinding()
    await boot()
    const window = FakeWindow.all[0]
    fake.app.emit('second-instance')
    expect(window?.minimized).toBe(false)
    expect(window?.focused).toBe(true)
  })

  it('keeps the display awake and the timers unthrottled only while a routine plays', async () => {
    provideNativeBinding()
    await boot()
    const contents = FakeWindow.all[0]?.webContents
    await invoke('routines:playing', fromApp, { playing: true })
    await invoke('routines:playing', fromApp, { playing: true })
    expect(fake.powerSaveBlocker.start).toHaveBeenCalledTimes(1)
    expect(fake.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    expect(contents?.setBackgroundThrottling).toHaveBeenLastCalledWith(false)
    await invoke('routines:playing', fromApp, { playing: false })
    expect(fake.powerSaveBlocker.stop).toHaveBeenCalledWith(7)
    expect(contents?.setBackgroundThrottling).toHaveBeenLastCalledWith(true)
  })

  it('hides the window to the tray on close, says so once, and quits from the tray', async () => {
    provideNativeBinding()
    await boot()
    const window = FakeWindow.all[0]
    const close = () => {
      const preventDefault = vi.fn()
      window?.emit('close', { preventDefault })
      return preventDefault.mock.calls.length > 0
    }
    expect(close()).toBe(true)
    await new Promise((resolve) => setImmediate(resolve))
    expect(window?.hidden).toBe(true)
    expect(close()).toBe(true)
    await new Promise((resolve) => setImmediate(resolve))
    expect(fake.notifications).toEqual(['Limber is still running'])
    expect(await invoke('settings:get', fromApp)).toMatchObject({
      ok: true,
      value: { settings: { trayHintShown: true } },
    })

    const labels = fake.tray?.menu.map((item) => item.label)
    expect(labels).toContain('Start desk break')
    const quit = fake.tray?.menu.find((item) => item.label === 'Quit Limber')
    ;(quit?.click as () => void)()
    expect(fake.app.quit).toHaveBeenCalled()
    fake.app.emit('before-quit')
    expect(close()).toBe(false)
  })

  it('closes the database when quitting', async () => {
    provideNativeBinding()
    await boot()
    expect(await invoke('settings:get', fromApp)).toMatchObject({ ok: true })
    fake.app.emit('will-quit')
    expect(await invoke('settings:get', fromApp)).toMatchObject({
      ok: false,
      error: { code: 'storage_unavailable' },
    })
  })

  it('explains and quits when the Electron build of SQLite is missing', async () => {
    await boot()
    expect(fake.showErrorBox).toHaveBeenCalledWith(
      'Limber cannot start',
      expect.stringContaining('npm start'),
    )
    expect(fake.app.quit).toHaveBeenCalled()
    expect(fake.ipcHandlers.size).toBe(0)
    expect(FakeWindow.all).toHaveLength(0)
  })
})
