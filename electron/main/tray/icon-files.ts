// The icons travel inside the main bundle as data URLs: the package holds
// only out/** (electron-builder.yml), and resources/ is not part of it.
// Together they are a few kilobytes.
import tray from '../../../resources/tray.png?inline'
import tray2x from '../../../resources/tray@2x.png?inline'
import paused from '../../../resources/tray-paused.png?inline'
import paused2x from '../../../resources/tray-paused@2x.png?inline'
// macOS menu bar: template images (black and alpha), which macOS tints to
// suit light, dark and highlighted menu bars. Made by scripts/desktop/tray-templates.ts.
import template from '../../../resources/trayTemplate.png?inline'
import template2x from '../../../resources/trayTemplate@2x.png?inline'
import pausedTemplate from '../../../resources/tray-pausedTemplate.png?inline'
import pausedTemplate2x from '../../../resources/tray-pausedTemplate@2x.png?inline'

export interface TrayIconPair {
  x1: string
  x2: string
  /** A macOS template image. */
  template: boolean
}

const colour = (x1: string, x2: string): TrayIconPair => ({ x1, x2, template: false })
const mono = (x1: string, x2: string): TrayIconPair => ({ x1, x2, template: true })

export const trayIconData = {
  normal: colour(tray, tray2x),
  paused: colour(paused, paused2x),
  normalTemplate: mono(template, template2x),
  pausedTemplate: mono(pausedTemplate, pausedTemplate2x),
} as const

/** The icons for this platform's tray: template images in the macOS menu bar, colour elsewhere. */
export function trayIconsFor(platform: NodeJS.Platform): {
  normal: TrayIconPair
  paused: TrayIconPair
} {
  return platform === 'darwin'
    ? { normal: trayIconData.normalTemplate, paused: trayIconData.pausedTemplate }
    : { normal: trayIconData.normal, paused: trayIconData.paused }
}
