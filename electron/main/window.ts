import { BrowserWindow, screen } from 'electron'
import {
  createWindowStateSaver,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  type WindowState,
} from './window-state'

export interface MainWindowOptions {
  /** out/preload/index.cjs */
  preloadPath: string
  isPackaged: boolean
  /** window-state.json in the data folder. */
  stateFile: string
  /** app://limber/index.html, or the dev server. */
  url: string
  onError: (message: string, error: unknown) => void
  /** Started at login with a tray to come back from: wait there, unshown. */
  startHidden?: boolean
}

/**
 * Limber's one window: secure preferences, the saved size and position, shown
 * only once the first paint is ready (no white flash), or, after a login
 * start, only when the user opens it from the tray.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.stateFile, screen.getAllDisplays())
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Limber',
    show: false,
    // Electron's security checklist with nothing relaxed. Written out here,
    // in the constructor call, so static scanners (Electronegativity) see it.
    webPreferences: {
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
    },
  })
  if (options.startHidden) {
    // Maximizing shows a window on some platforms: wait for the tray to show it.
    window.once('show', () => {
      if (state.isMaximized) window.maximize()
    })
  } else {
    window.once('ready-to-show', () => {
      if (state.isMaximized) window.maximize()
      window.show()
    })
  }
  trackWindowState(window, options)
  window.loadURL(options.url).catch((error: unknown) => {
    options.onError(`Could not load ${options.url}`, error)
  })
  return window
}

/** Saves size, position and maximized state while the user moves the window, and on close. */
function trackWindowState(window: BrowserWindow, options: MainWindowOptions): void {
  const saver = createWindowStateSaver(options.stateFile, {
    onError: (error) => {
      options.onError('Could not save the window position', error)
    },
  })
  const capture = (): WindowState => {
    // Maximized, minimized or full-screen: remember the size to restore to.
    const restorable = window.isMaximized() || window.isMinimized() || window.isFullScreen()
    const bounds = restorable ? window.getNormalBounds() : window.getBounds()
    return { ...bounds, isMaximized: window.isMaximized() }
  }
  const schedule = (): void => {
    saver.schedule(capture())
  }
  window.on('resize', schedule)
  window.on('move', schedule)
  window.on('maximize', schedule)
  window.on('unmaximize', schedule)
  window.on('close', () => {
    saver.schedule(capture())
    saver.flush()
  })
}

/** Brings the window to the front, un-minimising it (second launch, menu, tray). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}
