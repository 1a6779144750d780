/**
 * What it takes for the system to deliver Limber's notifications, and what
 * to tell the user when it refuses one (the Notification `failed` event,
 * which Electron emits on macOS and Windows).
 */

/** The packaged app's ID; electron-builder puts it on the Start-menu shortcut it installs. */
export const APP_ID = 'app.limber.desktop'

/**
 * Windows delivers toasts only for an app user model ID that a Start-menu
 * shortcut carries. The installer's shortcut carries APP_ID. From source no
 * shortcut carries it, so use the executable's path, which works once
 * node_modules\electron\dist\electron.exe is pinned to Start.
 */
export function appUserModelId(isPackaged: boolean, execPath: string): string {
  return isPackaged ? APP_ID : execPath
}

export interface NotificationHint {
  title: string
  message: string
}

const STILL_HERE = 'Your reminders still appear here in the window.'

/** The one-time in-app hint after the system refused a notification. */
export function notificationFailedHint(
  platform: NodeJS.Platform,
  isPackaged: boolean,
): NotificationHint {
  const title = 'Reminders cannot show as notifications'
  if (platform === 'darwin') {
    return {
      title,
      message: isPackaged
        ? `macOS shows notifications only from a signed app, and this copy of Limber is not signed with a Developer ID. ${STILL_HERE} If your copy is signed, allow Limber in System Settings → Notifications.`
        : `Run from source, Limber's notifications come from Electron: allow Electron in System Settings → Notifications. ${STILL_HERE}`,
    }
  }
  if (platform === 'win32') {
    return {
      title,
      message: isPackaged
        ? `Windows shows notifications only for an app whose Start-menu shortcut carries its ID, which Limber's installer creates. Reinstall Limber to restore the shortcut, and check Settings → System → Notifications. ${STILL_HERE}`
        : `Run from source, Windows shows notifications only for a program pinned to Start: pin node_modules\\electron\\dist\\electron.exe to Start, then run npm start again. ${STILL_HERE}`,
    }
  }
  return {
    title,
    message: `The desktop's notification service did not answer. ${STILL_HERE}`,
  }
}
