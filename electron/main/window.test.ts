import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveWindowState, windowStatePath } from './window-state'

/** A BrowserWindow stand-in: records its options and emits real events. */
class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = []
  bounds: { x: number; y: number; width: number; height: number }
  maximized = false
  visible = false
  loaded: string | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    this.bounds = {
      x: (options['x'] as number | undefined) ?? 0,
      y: (options['y'] as number | undefined) ?? 0,
      width: options['width'] as number,
      height: options['height'] as number,
    }
    FakeWindow.instances.push(this)
  }
  loadURL(url: string) {
    this.loaded = url
    return Promise.resolve()
  }
  show() {
    this.visible = true
    this.emit('show')
  }
  maximize() {
    this.maximized = true
  }
  isMaximized() {
    return this.maximized
  }
  isMinimized() {
    return false
  }
  isFullScreen() {
    return false
  }
  isVisible() {
    return this.visible
  }
  getBounds() {
    return this.bounds
  }
  getNormalBounds() {
    return this.bounds
  }
}

vi.mock('electron', () => ({
  // Resolved lazily: vi.mock is hoisted above the class definition.
  get BrowserWindow() {
    return FakeWindow
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}))

const { createMainWindow } = await import('./window')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'limber-win-'))
  FakeWindow.instances = []
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Last closed maximized, with 1000x800 at (40, 30) to restore to. */
function saveMaximizedAt40x30() {
  saveWindowState(windowStatePath(dir), {
    x: 40,
    y: 30,
    width: 1000,
    height: 800,
    isMaximized: true,
  })
}

function open(isPackaged = true, startHidden = false) {
  createMainWindow({
    startHidden,
    preloadPath: '/app/out/preload/index.cjs',
    isPackaged,
    stateFile: windowStatePath(dir),
    url: 'app://limber/index.html',
    onError: () => {},
  })
  const window = FakeWindow.instances.at(-1)
  if (!window) throw new Error('no window created')
  return window
}

describe('createMainWindow', () => {
  it('creates the window with exactly the secure webPreferences', () => {
    expect(open().options['webPreferences']).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      spellcheck: false,
    })
  })

  it('allows DevTools only in development', () => {
    expect(open(false).options['webPreferences']).toMatchObject({ devTools: true, sandbox: true })
  })

  it('loads the app URL and stays hidden until ready-to-show', () => {
    const window = open()
    expect(window.loaded).toBe('app://limber/index.html')
    expect(window.options['show']).toBe(false)
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('after a login start stays in the tray until opened, then comes back maximized', () => {
    saveMaximizedAt40x30()
    const window = open(true, true)
    window.emit('ready-to-show')
    expect(window.visible).toBe(false)
    expect(window.maximized).toBe(false)
    // The tray's Open Limber (revealWindow) shows it.
    window.show()
    expect(window.maximized).toBe(true)
  })

  it('reopens where it was, maximized again', () => {
    saveMaximizedAt40x30()
    const window = open()
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 800 })
    window.emit('ready-to-show')
    expect(window.maximized).toBe(true)
  })

  it('saves its size and position when closed', () => {
    const window = open()
    window.bounds = { x: 12, y: 34, width: 900, height: 650 }
    window.emit('move')
    window.emit('close')
    expect(JSON.parse(readFileSync(windowStatePath(dir), 'utf8'))).toEqual({
      x: 12,
      y: 34,
      width: 900,
      height: 650,
      isMaximized: false,
    })
  })
})
