import type { BusySignal, BusySupport } from '../../../../shared/domain/reminders'
import type { BusyDetector } from './detector'
import { cameraDetector, microphoneDetector } from './proc-devices'
import { macDeviceDetectors, macFrameworks } from './macos-devices'
import { consentStoreDetectors, winregTree } from './windows-consent'
import { notificationStateDetectors, shellNotificationState } from './windows-notification-state'
import { x11FullscreenDetector } from './x11-fullscreen'

interface Env {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
}

/** This system's detectors and, for each signal, whether Settings can offer it. */
export function platformDetectors({ platform, env }: Env): {
  detectors: BusyDetector[]
  support: BusySupport[]
} {
  const detectors: BusyDetector[] = []
  const notes: Partial<Record<BusySignal, string>> = {}
  if (platform === 'linux') {
    const wayland = env.XDG_SESSION_TYPE === 'wayland' || (!!env.WAYLAND_DISPLAY && !env.DISPLAY)
    if (wayland)
      notes.fullscreen = 'On Wayland, Limber cannot see whether another window is full screen.'
    else if (env.DISPLAY) detectors.push(x11FullscreenDetector(env.DISPLAY))
    else notes.fullscreen = 'No X11 display was found, so full screen cannot be seen.'
    detectors.push(cameraDetector(), microphoneDetector())
    notes.presenting = 'Presentation mode is a Windows setting; on Linux, full screen covers it.'
  } else if (platform === 'win32') {
    detectors.push(
      ...notificationStateDetectors(shellNotificationState()),
      ...consentStoreDetectors(winregTree),
    )
  } else if (platform === 'darwin') {
    detectors.push(...macDeviceDetectors(macFrameworks()))
    // Window lists give sizes, not "full screen" or "shared"; a guess would hold reminders wrongly.
    notes.fullscreen =
      'macOS offers apps no public way to see whether another app is full screen, so Limber does not guess.'
    notes.presenting =
      'macOS offers apps no public way to see whether the screen is being shared or presented, so Limber does not guess.'
  } else {
    const none = `Limber cannot read this on ${platform} yet.`
    for (const s of ['fullscreen', 'camera', 'microphone', 'presenting'] as const) notes[s] = none
  }
  const support = (['fullscreen', 'camera', 'microphone', 'presenting'] as const).map((signal) => ({
    signal,
    available: detectors.some((d) => d.signal === signal),
    note: notes[signal] ?? null,
  }))
  return { detectors, support }
}
