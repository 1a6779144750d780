import { app, Notification, type BrowserWindow } from 'electron'
import { canHideToTray, type TrayHost } from './desk/tray-host'

/** A one-time explanation, remembered in settings. */
export interface OnceFlag {
  shown: () => boolean
  markShown: () => void
}

export interface HideToTrayOptions {
  platform: NodeJS.Platform
  /** settings.trayHintShown: "Limber is still running in the tray". */
  hint: OnceFlag
  /** Whether the desktop shows tray icons right now. */
  trayHost: TrayHost
  /** settings.noTrayNoticeShown: "closing quits here". */
  noTrayNotice: OnceFlag
  /** Tells the user that closing quits on this desktop; resolves true to go ahead. */
  confirmQuit: (window: BrowserWindow) => Promise<boolean>
  quit: () => void
  reveal: (window: BrowserWindow) => void
  onError: (context: string, error: unknown) => void
}

export interface HideToTray {
  /**
   * From now on, closing this window hides it until the app really quits,
   * where there is a tray to come back from. A window that started hidden
   * (at login) is shown if there is none.
   */
  manage(window: BrowserWindow, startedHidden?: boolean): void
}

export function trayHintText(platform: NodeJS.Platform): { title: string; body: string } {
  const place = platform === 'darwin' ? 'menu bar' : 'tray'
  return {
    title: 'Limber is still running',
    body: `Limber keeps running in the ${place} so your reminders still come. To quit, choose Quit Limber from its ${place} menu.`,
  }
}

/**
 * Closing the window keeps Limber (and its reminders) running in the tray.
 * A real quit (tray or app menu, Cmd+Q, logging off) passes before-quit
 * first, after which closing is no longer intercepted. On a Linux desktop
 * with no tray host (GNOME without an AppIndicator extension) the icon
 * would be invisible, so closing quits instead, after saying so once.
 */
export function hideToTray(options: HideToTrayOptions): HideToTray {
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })

  const once = (flag: OnceFlag, context: string): boolean => {
    try {
      if (flag.shown()) return false
      flag.markShown()
      return true
    } catch (error) {
      options.onError(context, error)
      return false
    }
  }

  const hintOnce = (): void => {
    if (!once(options.hint, 'Could not show the tray hint')) return
    try {
      if (Notification.isSupported()) new Notification(trayHintText(options.platform)).show()
    } catch (error) {
      options.onError('Could not show the tray hint', error)
    }
  }

  const trayThere = (): Promise<boolean> =>
    options.trayHost.check().then(canHideToTray, (error: unknown) => {
      options.onError('Could not look for a tray', error)
      return false
    })

  const closeWithoutTray = async (window: BrowserWindow): Promise<void> => {
    if (once(options.noTrayNotice, 'Could not remember the no-tray notice')) {
      const goAhead = await options.confirmQuit(window).catch((error: unknown) => {
        options.onError('Could not ask before quitting', error)
        return true
      })
      if (!goAhead) return
    }
    options.quit()
  }

  return {
    manage(window, startedHidden = false) {
      // One answer per close request, however often the user clicks.
      let deciding = false
      window.on('close', (event) => {
        if (quitting) return
        // The answer takes a moment (a D-Bus round trip on Linux); the
        // window stays until it comes.
        event.preventDefault()
        if (deciding) return
        deciding = true
        void trayThere()
          .then((there) => {
            if (!there) return closeWithoutTray(window)
            if (!window.isDestroyed()) window.hide()
            hintOnce()
          })
          .catch((error: unknown) => {
            options.onError('Could not close the window', error)
          })
          .finally(() => {
            deciding = false
          })
      })
      // Windows logging off or shutting down: let the window go.
      window.on('session-end', () => {
        quitting = true
      })
      // macOS: the Dock icon brings a hidden window back.
      app.on('activate', () => {
        if (!window.isDestroyed() && !window.isVisible()) options.reveal(window)
      })
      // A login start waits unshown only where the tray can bring it back.
      // (A desktop still starting may register its watcher a moment later;
      // showing the window then is the harmless mistake.)
      if (startedHidden) {
        void trayThere().then((there) => {
          if (!there) options.reveal(window)
        })
      }
    },
  }
}
