import { homedir } from 'node:os'
import { app, globalShortcut, type BrowserWindow } from 'electron'
import type { EventName } from '../../../shared/contract'
import type { Clock } from '../../../shared/domain/clock'
import type { ShortcutStatus } from '../../../shared/domain/shortcut'
import type { Emit, Services } from '../../services/core'
import type { ReminderControls } from '../../services/reminders/controls'
import { hideToTray } from '../hide-to-tray'
import { applyLaunchAtLogin } from '../login/login-item'
import { notificationFailedHint } from '../notifications/delivery'
import { showReminderNotifications } from '../notifications/reminders'
import { forwardPowerEvents } from '../power'
import { trayIconsFor } from '../tray/icon-files'
import { createReminderTray, loadTrayIcon } from '../tray/tray'
import { createAppActions } from './app-actions'
import { createCrampShortcut } from './cramp-shortcut'
import { confirmQuitWithoutTray } from './no-tray-notice'
import { createTrayHost, type TrayHost } from './tray-host'
import { trayActions } from './tray-actions'

/** The part of Core the desk side uses. */
export interface DeskCore {
  readonly clock: Clock
  readonly emit: Emit
  /** Null while storage is unavailable; a new instance after the database is reopened. */
  reminders(): ReminderControls | null
  services(): Pick<Services, 'settings' | 'journal' | 'experiments'>
}

export interface DeskSideOptions {
  core: DeskCore
  window: () => BrowserWindow | null
  reveal: (window: BrowserWindow) => void
  onError: (context: string, error: unknown) => void
  /** Tests replace the D-Bus question. */
  trayHost?: TrayHost
}

export interface DeskSide {
  /**
   * Closing this window hides it to the tray where the desktop has one; a
   * window started hidden at login is shown where it has none.
   */
  manage(window: BrowserWindow, startedHidden?: boolean): void
  /** Main just sent an event: follow a reopened database or changed settings. */
  observe(event: EventName): void
  /** What the system made of the Cramp now shortcut, for Settings. */
  shortcutStatus(): ShortcutStatus
}

/**
 * Limber at the desk: the tray, reminder notifications, sleep and lock
 * events, hide-to-tray and launch at login, all following the reminders
 * Core hands out.
 */
export function startDeskSide(options: DeskSideOptions): DeskSide {
  const { core, onError } = options
  const platform = process.platform
  const actions = createAppActions({
    reveal: () => {
      const window = options.window()
      if (window) options.reveal(window)
    },
    emit: core.emit,
    live: {
      start: () => {
        core.emit('journal:live-changed', core.services().journal.startLive())
      },
      stop: () => {
        const { journal } = core.services()
        // Pressed twice, or the window already stopped it: the first end stands.
        if (journal.liveState().live?.stoppedAt === null)
          core.emit('journal:live-changed', journal.stopLive())
      },
    },
    quit: () => {
      app.quit()
    },
    onError,
  })

  /** A one-time message, remembered in settings. */
  const onceFlag = (key: 'trayHintShown' | 'noTrayNoticeShown' | 'notificationHintShown') => ({
    shown: () => core.services().settings.get().settings[key],
    markShown: () => {
      core.emit('settings:changed', core.services().settings.update({ [key]: true }))
    },
  })

  const current = (): ReminderControls | null => {
    try {
      return core.reminders()
    } catch (error) {
      onError('Could not reach the reminders', error)
      return null
    }
  }

  const tray = createReminderTray({
    reminders: current,
    icons: {
      normal: loadTrayIcon(trayIconsFor(platform).normal),
      paused: loadTrayIcon(trayIconsFor(platform).paused),
    },
    clock: core.clock,
    actions: trayActions(actions, current, onError),
    platform,
    experimentLine: () => core.services().experiments.tonight()?.line ?? null,
    live: () => core.services().journal.liveState().live,
    onError,
  })

  const notificationHint = onceFlag('notificationHintShown')
  const onFailed = (error: string): void => {
    onError('The system did not show a reminder notification', error)
    if (notificationHint.shown()) return
    notificationHint.markShown()
    core.emit('reminders:notifications-failed', notificationFailedHint(platform, app.isPackaged))
  }

  // Core makes new reminders when the database is reopened (start fresh,
  // restore); notifications move to them on the next thing main says.
  let bound: ReminderControls | null = null
  let stopNotifications = (): void => {}
  const follow = (): void => {
    tray.refresh()
    const next = current()
    if (next === bound) return
    stopNotifications()
    bound = next
    stopNotifications = next
      ? showReminderNotifications(next, { platform, app: actions, onFailed, onError })
      : () => {}
  }

  const applyLoginSetting = (): void => {
    try {
      const { launchAtLogin } = core.services().settings.get().settings
      applyLaunchAtLogin(launchAtLogin, {
        platform,
        isPackaged: app.isPackaged,
        execPath: process.execPath,
        env: process.env,
        home: homedir(),
      })
    } catch (error) {
      onError('Could not change launch at login', error)
    }
  }

  const hider = hideToTray({
    platform,
    hint: onceFlag('trayHintShown'),
    trayHost: options.trayHost ?? createTrayHost({ platform, env: process.env }),
    noTrayNotice: onceFlag('noTrayNoticeShown'),
    confirmQuit: confirmQuitWithoutTray,
    quit: () => {
      app.quit()
    },
    reveal: options.reveal,
    onError,
  })

  // The real-app specs (e2e/electron) cannot read a tray's tooltip from the
  // OS; with LIMBER_E2E=1 they read the one Limber set.
  if (process.env['LIMBER_E2E'] === '1') {
    Object.assign(globalThis, { limberE2E: { trayTooltip: () => tray.tooltip() } })
  }

  // Registered with the OS, so it works while the window is hidden in the tray.
  const shortcut = createCrampShortcut(
    {
      register: (accelerator, onPress) => globalShortcut.register(accelerator, onPress),
      unregister: (accelerator) => {
        globalShortcut.unregister(accelerator)
      },
    },
    actions.startCrampTimer,
    onError,
  )
  const applyShortcutSetting = (): void => {
    try {
      shortcut.apply(core.services().settings.get().settings.crampShortcut)
    } catch (error) {
      onError('Could not set the cramp shortcut', error)
    }
  }

  forwardPowerEvents(current)
  follow()
  applyLoginSetting()
  applyShortcutSetting()
  app.on('will-quit', () => {
    // Close reminders still on screen: after quitting they could not be answered.
    stopNotifications()
    tray.destroy()
    shortcut.dispose()
  })

  return {
    manage: (window, startedHidden) => {
      hider.manage(window, startedHidden)
    },
    observe(event) {
      follow()
      if (event === 'settings:changed') {
        applyLoginSetting()
        applyShortcutSetting()
      }
    },
    shortcutStatus: () => shortcut.status(),
  }
}
