import { Menu, nativeImage, Tray, type NativeImage } from 'electron'
import type { LiveEpisode } from '../../../shared/contract/journal'
import type { RemindersState } from '../../../shared/contract/reminders'
import type { Clock } from '../../../shared/domain/clock'
import type { ReminderControls } from '../../services/reminders/controls'
import type { TrayIconPair } from './icon-files'
import { trayModel, trayModelKey, trayTooltip } from './menu-model'
import { trayMenuTemplate, type TrayActions } from './menu-template'

export interface TrayIcons {
  normal: NativeImage
  paused: NativeImage
}

/** One image with both resolutions, so high-density screens get the sharp one. */
export function loadTrayIcon(pair: TrayIconPair): NativeImage {
  const image = nativeImage.createFromDataURL(pair.x1)
  image.addRepresentation({ scaleFactor: 2, dataURL: pair.x2 })
  // Data URLs carry no file name, so the "Template" suffix macOS looks for
  // cannot mark it; say so explicitly.
  if (pair.template) image.setTemplateImage(true)
  return image
}

export interface TrayOptions {
  /** The current reminders; null while storage is unavailable, a new instance after a reopen. */
  reminders: () => ReminderControls | null
  icons: TrayIcons
  clock: Clock
  actions: TrayActions
  platform: NodeJS.Platform
  /** Tonight's line of a running experiment, for the tooltip; null when none runs. */
  experimentLine?: () => string | null
  /** The running cramp timer, if any (the journal's live episode). */
  live?: () => LiveEpisode | null
  onError: (context: string, error: unknown) => void
}

export interface ReminderTray {
  /** Re-read the reminders now, following a new instance if there is one. */
  refresh(): void
  /** The tooltip as last handed to the OS (which offers no way to read it back). */
  tooltip(): string | null
  destroy(): void
}

/**
 * The tray icon. Menu, icon and tooltip follow the reminders' state; each is
 * handed to the OS only when it really changed, since rebuilding a native
 * menu closes it if it is open and costs a round trip to the shell.
 */
export function createReminderTray(options: TrayOptions): ReminderTray {
  const { icons, clock, actions } = options
  const tray = new Tray(icons.normal)
  let controls: ReminderControls | null = null
  let unsubscribe = (): void => {}
  let menuKey: string | null = null
  let paused: boolean | null = null
  let tooltip: string | null = null
  /** Storage unavailable or an unreadable row: the reminders still show, without this part. */
  const quietly = <T>(read: (() => T | null) | undefined): T | null => {
    try {
      return read?.() ?? null
    } catch {
      return null
    }
  }

  const render = (state: RemindersState | null): void => {
    const live = quietly(options.live)
    const postponeChoices = quietly(() => controls?.postponeChoices() ?? null) ?? []
    const model = trayModel(state, clock, { live, postponeChoices })
    const key = trayModelKey(model)
    if (key !== menuKey) {
      menuKey = key
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, actions)))
    }
    if (model.paused !== paused) {
      paused = model.paused
      tray.setImage(paused ? icons.paused : icons.normal)
    }
    const text = trayTooltip(state?.snapshot ?? null, clock, quietly(options.experimentLine), live)
    if (text !== tooltip) {
      tooltip = text
      tray.setToolTip(text)
    }
  }

  const refresh = (): void => {
    try {
      const current = options.reminders()
      if (current !== controls) {
        unsubscribe()
        controls = current
        unsubscribe = current ? current.subscribe(render) : () => {}
      }
      render(controls?.state() ?? null)
    } catch (error) {
      options.onError('Could not update the tray', error)
    }
  }

  // The countdown in the tooltip is recomputed when someone can see it:
  // macOS reports the pointer entering, Windows and macOS report it moving.
  // Linux shells report neither (and most show no tooltip).
  tray.on('mouse-enter', refresh)
  tray.on('mouse-move', refresh)
  // A left click opens the app on Windows (its convention) and on Linux
  // desktops that deliver one (KDE, XFCE, Cinnamon send the tray item's
  // Activate; GNOME's AppIndicator extension opens the menu instead). In the
  // macOS menu bar a click opens the menu.
  if (options.platform !== 'darwin') {
    tray.on('click', () => {
      actions.open()
    })
  }

  refresh()
  return {
    refresh,
    tooltip: () => tooltip,
    destroy() {
      unsubscribe()
      tray.destroy()
    },
  }
}
