import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  shell,
} from 'electron'
import { systemClock } from '../../shared/domain/clock'
import { registerHandlers } from '../ipc'
import { Core, type Emit } from '../services/core'
import { threadedReader } from '../services/workouts/reader-thread'
import { buildMenuTemplate } from './menu'
import { missingBindingMessage, nativeBindingPath } from './native-binding'
import { appUserModelId } from './notifications/delivery'
import { APP_ENTRY_URL, APP_SCHEME, createOriginPolicy } from './origin'
import { createAppProtocolHandler } from './protocol'
import { EXTERNAL_ORIGINS } from './external-links'
import { createContentsGuard } from './security'
import { startDeskSide, type DeskSide } from './desk/desk-side'
import { systemIdle } from './power'
import { systemBusy } from './desk/busy'
import { startedAtLogin } from './login/started-at-login'
import { createMainWindow, revealWindow } from './window'
import { windowStatePath } from './window-state'

// Bootstrap only: wiring Electron to the pure modules beside this file and to
// the Core. Anything worth testing lives in those modules.

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
// Every renderer sandboxed, even one created by a future code path that forgets.
app.enableSandbox()

const dataDirOverride = process.env['LIMBER_DATA_DIR']
if (dataDirOverride) {
  // Tests and second profiles: keep Chromium's files and the single-instance
  // lock beside the journal, away from the real profile.
  app.setPath('userData', resolve(dataDirOverride))
}
// An empty variable counts as unset.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined
const policy = createOriginPolicy(devServerUrl)

let mainWindow: BrowserWindow | null = null
let core: Core | null = null
let deskSide: DeskSide | null = null

if (app.requestSingleInstanceLock()) {
  start()
} else {
  // Another Limber is running; it has been asked to come to the front.
  app.quit()
}

function start(): void {
  // Only allow-listed https links, just clicked, leave for the system browser.
  const guard = createContentsGuard(policy, {
    origins: EXTERNAL_ORIGINS,
    openExternal: (url) => shell.openExternal(url),
  })
  app.on('web-contents-created', (_event, contents) => {
    guard(contents)
  })
  app.on('second-instance', () => {
    if (mainWindow) revealWindow(mainWindow)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    core?.close()
    core = null
  })
  app.whenReady().then(onReady, (error: unknown) => {
    fatal('Limber could not start.', error)
  })
}

function onReady(): void {
  // Windows shows toasts only for an ID a Start-menu shortcut carries.
  if (process.platform === 'win32') {
    app.setAppUserModelId(appUserModelId(app.isPackaged, process.execPath))
  }
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: join(__dirname, '../renderer') }))

  const nativeBinding = nativeBindingPath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  })
  const missing = missingBindingMessage(nativeBinding, app.isPackaged)
  if (missing) {
    fatal(missing)
    return
  }

  const dataDir = dataDirOverride ? resolve(dataDirOverride) : app.getPath('userData')
  try {
    core = new Core({
      dataDir,
      clock: systemClock,
      info: { name: app.getName(), version: app.getVersion(), shell: 'electron' },
      nativeBinding,
      emit: broadcast,
      quit: () => {
        app.quit()
      },
      saveFile,
      idle: systemIdle,
      busy: systemBusy(() => {
        core?.reminders()?.busyReadingDone()
      }),
      printToPdf,
      setPlaying,
      openFolder,
      shortcutStatus: () => deskSide?.shortcutStatus() ?? { state: 'off' },
      onLiveChanged: () => deskSide?.observe('journal:live-changed'),
      // Built beside this file from electron/services/workouts/reader-worker.ts (electron.vite.config.ts).
      workoutReader: threadedReader(() => new Worker(join(__dirname, 'workout-reader.js'))),
    })
  } catch (error) {
    fatal(`Limber could not open its data folder (${dataDir}).`, error)
    return
  }
  registerHandlers(core, { ipcMain, isTrustedUrl: (url) => policy.isAppUrl(url), logError })

  app.setAboutPanelOptions({
    applicationName: 'Limber',
    applicationVersion: app.getVersion(),
    credits: 'Everything you record stays on this computer.',
  })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: 'Limber',
        navigate: (route) => {
          if (mainWindow) revealWindow(mainWindow)
          broadcast('app:navigate', { route })
        },
        showAbout: () => {
          app.showAboutPanel()
        },
      }),
    ),
  )

  // Tray, reminder notifications, sleep and lock, hide-to-tray, launch at login.
  try {
    deskSide = startDeskSide({
      core,
      window: () => mainWindow,
      reveal: revealWindow,
      onError: logError,
    })
  } catch (error) {
    // Without a tray the journal still works; closing the window then quits.
    logError('Could not start the tray', error)
  }
  // A login start waits in the tray; the desk side shows the window where
  // the desktop turns out to have no tray to come back from.
  const macOpenedAtLogin =
    process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin
  openWindow(dataDir, deskSide !== null && startedAtLogin(process.argv, macOpenedAtLogin))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(dataDir)
  })
}

function openWindow(dataDir: string, startHidden = false): void {
  mainWindow = createMainWindow({
    startHidden,
    preloadPath: join(__dirname, '../preload/index.cjs'),
    isPackaged: app.isPackaged,
    stateFile: windowStatePath(dataDir),
    url: devServerUrl ?? APP_ENTRY_URL,
    onError: logError,
  })
  deskSide?.manage(mainWindow, startHidden)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

let displayBlocker: number | null = null

/**
 * While a routine plays the display stays awake and the window keeps full
 * timer precision even when covered; both are undone when it stops.
 */
function setPlaying(playing: boolean): void {
  if (playing && displayBlocker === null) {
    displayBlocker = powerSaveBlocker.start('prevent-display-sleep')
  } else if (!playing && displayBlocker !== null) {
    powerSaveBlocker.stop(displayBlocker)
    displayBlocker = null
  }
  mainWindow?.webContents.setBackgroundThrottling(!playing)
}

/** Exports go through the native save dialog; null when the user cancels. */
async function saveFile(
  suggestedName: string,
  content: string | Uint8Array,
): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  await writeFile(result.filePath, content, typeof content === 'string' ? 'utf8' : undefined)
  return result.filePath
}

/**
 * Report → Save as PDF: prints the window that asked, as it shows the report.
 * Only one of our own windows can be printed; anything else is refused.
 */
async function printToPdf(sender: unknown): Promise<Uint8Array> {
  const own = BrowserWindow.getAllWindows().find((w) => w.webContents === sender)
  if (!own) throw new Error('Save as PDF was asked for by a page that is not a Limber window.')
  return own.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
}

/**
 * Settings → Backups & data: shows the data folder in the file manager.
 * Answers with shell.openPath's error text, empty when it worked.
 */
function openFolder(path: string): Promise<string> {
  return shell.openPath(path)
}

/** Sends a main → renderer event to every window. */
const broadcast: Emit = (name, payload) => {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(name, payload)
  }
  deskSide?.observe(name)
}

function logError(context: string, error: unknown): void {
  console.error(`[limber] ${context}:`, error)
}

function fatal(message: string, error?: unknown): void {
  if (error !== undefined) logError(message, error)
  const detail = error instanceof Error ? `\n\n${error.message}` : ''
  dialog.showErrorBox('Limber cannot start', `${message}${detail}`)
  app.quit()
}
