// The icons travel inside the main bundle as data URLs: the package holds
// only out/** (electron-builder.yml), and resources/ is not part of it.
// Together they are a few kilobytes.
import tray from '../../../resources/tray.png?inline'
import tray2x from '../../../resources/tray@2x.png?inline'
import paused from '../../../resources/tray-paused.png?inline'
import paused2x from '../../../resources/tray-paused@2x.png?inline'

export const trayIconData = {
  normal: { x1: tray, x2: tray2x },
  paused: { x1: paused, x2: paused2x },
} as const
