import { app } from 'electron'
import { autostartFile, desktopEntry, setAutostart } from './autostart'
import { AT_LOGIN_ARG } from './started-at-login'

export interface LoginItemEnv {
  platform: NodeJS.Platform
  isPackaged: boolean
  /** process.execPath */
  execPath: string
  env: NodeJS.ProcessEnv
  home: string
}

/**
 * Makes "launch at login" true or false in the OS. Only packaged builds are
 * registered: in development the executable is a bare Electron that would
 * open without Limber at every login.
 */
export function applyLaunchAtLogin(enabled: boolean, where: LoginItemEnv): void {
  if (!where.isPackaged) return
  if (where.platform === 'linux') {
    // An AppImage runs from a mount that changes every start; $APPIMAGE is the file itself.
    const command = where.env['APPIMAGE'] || where.execPath
    setAutostart(autostartFile(where.env, where.home), enabled ? desktopEntry(command) : null)
    return
  }
  if (where.platform === 'darwin') {
    // macOS tells a login start apart itself (wasOpenedAtLogin).
    if (app.getLoginItemSettings().openAtLogin !== enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled })
    }
  } else if (where.platform === 'win32') {
    // Windows keys the login item by path and arguments: ask with the same ones.
    const args = [AT_LOGIN_ARG]
    if (app.getLoginItemSettings({ args }).openAtLogin !== enabled) {
      app.setLoginItemSettings({ openAtLogin: enabled, args })
    }
  }
}
