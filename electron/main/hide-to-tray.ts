import { app, Notification, type BrowserWindow } from 'electron'

export interface TrayHint {
  /** settings.trayHintShown */
  shown: () => boolean
  markShown: () => void
}

export interface HideToTrayOptions {
  platform: NodeJS.Platform
  hint: TrayHint
  reveal: (window: BrowserWindow) => void
  onError: (context: string, error: unknown) => void
}

export interface HideToTray {
  /** From now on, closing this window hides it until the app really quits. */
  manage(window: BrowserWindow): void
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
 * first, after which closing is no longer intercepted.
 */
export function hideToTray(options: HideToTrayOptions): HideToTray {
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })

  const hintOnce = (): void => {
    try {
      if (options.hint.shown()) return
      if (Notification.isSupported()) new Notification(trayHintText(options.platform)).show()
      options.hint.markShown()
    } catch (error) {
      options.onError('Could not show the tray hint', error)
    }
  }

  return {
    manage(window) {
      window.on('close', (event) => {
        if (quitting) return
        event.preventDefault()
        window.hide()
        hintOnce()
      })
      // Windows logging off or shutting down: let the window go.
      window.on('session-end', () => {
        quitting = true
      })
      // macOS: the Dock icon brings a hidden window back.
      app.on('activate', () => {
        if (!window.isDestroyed() && !window.isVisible()) options.reveal(window)
      })
    },
  }
}
