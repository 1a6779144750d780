import { z } from 'zod'
import { Settings, SettingsPatch, SettingProblem } from '../domain/settings'
import { entry, event, NoInput } from './entry'

export const SettingsSnapshot = z.object({
  settings: Settings,
  /** Stored values that were invalid or unknown and fell back to defaults. */
  problems: z.array(SettingProblem),
})
export type SettingsSnapshot = z.infer<typeof SettingsSnapshot>

/** All settings with defaults filled in. */
export const getSettings = entry('settings:get', NoInput, SettingsSnapshot)

/** Change some settings; answers with the full, saved result. */
export const updateSettings = entry('settings:update', SettingsPatch, SettingsSnapshot)

/** Settings changed (from another window or the tray). */
export const settingsChangedEvent = event('settings:changed', SettingsSnapshot)
