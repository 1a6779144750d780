import type { MenuItemConstructorOptions } from 'electron'
import type { Route } from '../../shared/contract/app'

/** The Go menu: one shortcut per screen, in the order of the sidebar. */
export const GO_ITEMS: readonly { route: Route; label: string; accelerator: string }[] = [
  { route: 'today', label: 'Today', accelerator: 'CmdOrCtrl+1' },
  { route: 'journal', label: 'Journal', accelerator: 'CmdOrCtrl+2' },
  { route: 'routines', label: 'Routines', accelerator: 'CmdOrCtrl+3' },
  { route: 'trends', label: 'Trends', accelerator: 'CmdOrCtrl+4' },
  { route: 'settings', label: 'Settings', accelerator: 'CmdOrCtrl+5' },
]

export const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,'

export interface MenuOptions {
  platform: NodeJS.Platform
  isPackaged: boolean
  appName: string
  /** Ask the window to show a screen (sends the contract's `app:navigate`). */
  navigate(route: Route): void
  showAbout(): void
}

/**
 * The application menu. Pure: returns the template so the shortcuts and the
 * events they send can be tested without Electron.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const about: MenuItemConstructorOptions = {
    label: `About ${options.appName}`,
    click: () => {
      options.showAbout()
    },
  }
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: SETTINGS_ACCELERATOR,
    click: () => {
      options.navigate('settings')
    },
  }

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac ? [{ role: 'close' }] : [settings, separator, { role: 'quit' }],
  }
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  }
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(options.isPackaged
        ? []
        : [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }
  const goMenu: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: GO_ITEMS.map((item) => ({
      label: item.label,
      accelerator: item.accelerator,
      click: () => {
        options.navigate(item.route)
      },
    })),
  }
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  }
  const helpMenu: MenuItemConstructorOptions = { role: 'help', label: 'Help', submenu: [about] }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, goMenu, windowMenu, helpMenu]
}
