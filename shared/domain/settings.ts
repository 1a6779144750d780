import { z } from 'zod'
import { Accelerator } from './shortcut'

/** "HH:mm" on a 24-hour clock. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 22:00')

export const Theme = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof Theme>

export const WaterUnit = z.enum(['glasses', 'ml'])
export type WaterUnit = z.infer<typeof WaterUnit>

/**
 * Each setting has its own schema, so one bad stored value falls back to its
 * default alone and the rest of the user's choices survive.
 */
export const settingFields = {
  theme: Theme,
  /** Local start of the "night" window that classifies night cramps. */
  nightStart: ClockTime,
  nightEnd: ClockTime,
  waterUnit: WaterUnit,
  /** Daily water target in millilitres (a glass counts as 250 ml). */
  waterTargetMl: z
    .number()
    .int('Use a whole number')
    .min(500, 'Choose at least 500 ml (2 glasses)')
    .max(6000, 'Choose at most 6,000 ml (24 glasses)'),
  /** Start Limber when the user logs in (on Linux, an autostart entry). */
  launchAtLogin: z.boolean(),
  /** A system-wide shortcut that starts "Cramp now" from any app; null while off (the default). */
  crampShortcut: Accelerator.nullable(),
  /** The first-run welcome was finished or skipped. */
  welcomeDone: z.boolean(),
  /** The one-time "Limber keeps running in the tray" hint was shown. */
  trayHintShown: z.boolean(),
  /** The one-time "closing quits here: no tray" notice was shown (Linux without a tray host). */
  noTrayNoticeShown: z.boolean(),
  /** The one-time hint that the system refused Limber's notifications was shown. */
  notificationHintShown: z.boolean(),
} as const

export const Settings = z.strictObject(settingFields)
export type Settings = z.infer<typeof Settings>
export type SettingKey = keyof Settings

export const defaultSettings: Settings = {
  theme: 'system',
  nightStart: '22:00',
  nightEnd: '07:00',
  waterUnit: 'glasses',
  waterTargetMl: 2000,
  launchAtLogin: false,
  crampShortcut: null,
  welcomeDone: false,
  trayHintShown: false,
  noTrayNoticeShown: false,
  notificationHintShown: false,
}

/** A partial update: only known keys, each validated by its own schema. */
export const SettingsPatch = Settings.partial()
export type SettingsPatch = z.infer<typeof SettingsPatch>

export const settingKeys = Object.keys(settingFields) as SettingKey[]

/** A stored value that could not be used, and why. */
export const SettingProblem = z.object({
  key: z.string(),
  message: z.string(),
})
export type SettingProblem = z.infer<typeof SettingProblem>
