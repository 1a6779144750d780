import { z } from 'zod'
import { SettingProblem } from '../domain/settings'
import {
  DeskKind,
  PauseOption,
  ReminderId,
  ReminderRecord,
  ReminderResponse,
  ReminderSettings,
  ReminderSettingsInput,
  ReminderSnapshot,
  ShownReminder,
  UpcomingReminder,
  HeldReminder,
  BusySupport,
} from '../domain/reminders'
import { entry, event, NoInput } from './entry'

/** The reminder settings as stored, defaults filled in per section. */
export const ReminderSettingsSnapshot = z.object({
  settings: ReminderSettings,
  /** Stored sections that no longer parsed and fell back to their defaults. */
  problems: z.array(SettingProblem),
})
export type ReminderSettingsSnapshot = z.infer<typeof ReminderSettingsSnapshot>

/** What the app shows about reminders: the tray's snapshot plus the reminders on screen. */
export const RemindersState = z.object({
  snapshot: ReminderSnapshot,
  /** Reminders that showed and still wait for an answer (the in-app prompt). */
  shown: z.array(ShownReminder),
})
export type RemindersState = z.infer<typeof RemindersState>

export const getReminderSettings = entry('reminders:settings', NoInput, ReminderSettingsSnapshot)

/** Save all reminder settings; cross-field rules (working hours, quiet hours) are checked. */
export const saveReminderSettings = entry(
  'reminders:save-settings',
  ReminderSettingsInput,
  ReminderSettingsSnapshot,
)

export const getRemindersState = entry('reminders:state', NoInput, RemindersState)

/** The answer to a shown reminder (in-app prompt). `answered` is false if it was already answered. */
export const respondToReminder = entry(
  'reminders:respond',
  z.strictObject({ id: ReminderId, response: ReminderResponse }),
  z.object({ answered: z.boolean() }),
)

/**
 * "I just stood up" / "I drank water": restarts that reminder from now.
 * Water also adds a glass (250 ml) to today's check-in; the new total is returned.
 */
export const reminderDone = entry(
  'reminders:done',
  z.strictObject({ kind: DeskKind }),
  z.object({ waterMl: z.number().int().min(0).nullable() }),
)

export const pauseReminders = entry(
  'reminders:pause',
  z.strictObject({ option: PauseOption }),
  RemindersState,
)

export const resumeReminders = entry('reminders:resume', NoInput, RemindersState)

/**
 * Today's upcoming reminders (from now to the end of the local day) for the
 * given settings, saved or not: the live preview in Settings and first run.
 */
export const previewReminders = entry(
  'reminders:preview',
  z.strictObject({ settings: ReminderSettings }),
  /** `held`: reminders due now that wait for the user's call or full screen to end. */
  z.object({ upcoming: z.array(UpcomingReminder), held: z.array(HeldReminder) }),
)

/** Which busy signals (full screen, camera, microphone, presentation mode) this system can read. */
export const busySupport = entry('reminders:busy-support', NoInput, z.array(BusySupport))

/** Reminder history (newest first) over the last `days` days, for Trends. */
export const reminderHistory = entry(
  'reminders:history',
  z.strictObject({ days: z.number().int().min(1).max(3660) }),
  z.array(ReminderRecord),
)

/** The snapshot or the shown reminders changed (tray acts, timers, other windows). */
export const remindersChangedEvent = event('reminders:changed', RemindersState)

/** A reminder just showed: the window raises its in-app prompt. */
export const reminderShownEvent = event('reminders:shown', ShownReminder)

/**
 * The system refused to show a reminder notification (an unsigned macOS app,
 * a Windows app without its Start-menu shortcut). Sent once ever; the window
 * explains why and what works instead.
 */
export const notificationsFailedEvent = event(
  'reminders:notifications-failed',
  z.object({ title: z.string(), message: z.string() }),
)
