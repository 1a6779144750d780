import { z } from 'zod'

/**
 * What can tell Limber the user is busy on the computer, so a reminder waits
 * instead of showing on a shared screen (issue 17). Each comes from the
 * platform's own signal, read by an adapter in electron/main/desk/busy.
 * - fullscreen: the active window fills the screen (a presentation, a film, a game)
 * - camera: another app is using a camera (a video call)
 * - microphone: another app is recording (a call)
 * - presenting: Windows says it is in presentation mode or running a full-screen game
 */
export const BusySignal = z.enum(['fullscreen', 'camera', 'microphone', 'presenting'])
export type BusySignal = z.infer<typeof BusySignal>

export const BusySettings = z.strictObject({
  /** "Hold reminders during calls, presentations and full screen". */
  enabled: z.boolean(),
  signals: z.strictObject({
    fullscreen: z.boolean(),
    camera: z.boolean(),
    microphone: z.boolean(),
    presenting: z.boolean(),
  }),
  /** A reminder is held this long at most, then shows even if the user is still busy. */
  maxHoldMin: z
    .number({ error: 'Enter the longest hold in minutes' })
    .int('Use whole minutes')
    .min(5, 'Choose at least 5 minutes')
    .max(240, 'Choose at most 240 minutes'),
})
export type BusySettings = z.infer<typeof BusySettings>

export const defaultBusySettings: BusySettings = {
  enabled: true,
  signals: { fullscreen: true, camera: true, microphone: true, presenting: true },
  maxHoldMin: 60,
}

/** Wording for Settings and Trends: "held during a call" and so on. */
export const busySignalLabels: Record<BusySignal, { setting: string; heldDuring: string }> = {
  fullscreen: { setting: 'A full-screen window', heldDuring: 'held during full screen' },
  camera: { setting: 'The camera in use by another app', heldDuring: 'held during a call' },
  microphone: {
    setting: 'The microphone in use by another app',
    heldDuring: 'held during a call',
  },
  presenting: {
    setting: 'Presentation mode or a full-screen game',
    heldDuring: 'held during a presentation',
  },
}

/** Whether a signal can be read on this system, and if not, why (Settings says so under its switch). */
export const BusySupport = z.strictObject({
  signal: BusySignal,
  available: z.boolean(),
  note: z.string().max(300).nullable(),
})
export type BusySupport = z.infer<typeof BusySupport>

/** The signals switched on in these settings (none when holding is off). */
export function activeSignals(s: BusySettings): BusySignal[] {
  if (!s.enabled) return []
  return BusySignal.options.filter((signal) => s.signals[signal])
}
