import { z } from 'zod'
import { EpochMs } from '../episode'
import { BusySignal } from './busy'
import { ReminderId, SnoozeMinutes } from './history'
import { ReminderTarget } from './target'
import { ReminderMessage } from './messages'
import { PauseState } from './pause'
import { ReminderKind } from './settings'

/**
 * A reminder to show now: what a notification, or the in-app prompt on
 * platforms without notification buttons, needs.
 */
export const ShownReminder = z.strictObject({
  id: ReminderId,
  kind: ReminderKind,
  /** When it was due; later than this only after sleep, a lock or an absence. */
  dueAt: EpochMs,
  firedAt: EpochMs,
  message: ReminderMessage,
  opens: ReminderTarget,
  snoozeChoices: z.array(SnoozeMinutes),
})
export type ShownReminder = z.infer<typeof ShownReminder>

/** A reminder that has shown and still waits for an answer (the in-app prompt lists these). */
export const PendingReminder = z.strictObject({
  id: ReminderId,
  kind: ReminderKind,
  dueAt: EpochMs,
  firedAt: EpochMs,
  messageId: z.string().max(60),
})
export type PendingReminder = z.infer<typeof PendingReminder>

export const UpcomingReminder = z.strictObject({ kind: ReminderKind, at: EpochMs })
export type UpcomingReminder = z.infer<typeof UpcomingReminder>

/** A reminder that is due but waits because the user is busy, and what says so. */
export const HeldReminder = z.strictObject({ kind: ReminderKind, signal: BusySignal })
export type HeldReminder = z.infer<typeof HeldReminder>

/**
 * What the tray and the app show about reminders. `version` goes up only
 * when anything else here changes, so the tray rebuilds its menu only then.
 */
export const ReminderSnapshot = z.strictObject({
  version: z.number().int().min(0),
  pause: PauseState.nullable(),
  /** Enabled reminders that have a next time, soonest first. */
  upcoming: z.array(UpcomingReminder),
  pending: z.array(PendingReminder),
  /** Due reminders waiting for the user's call or full screen to end. */
  held: z.array(HeldReminder).default([]),
})
export type ReminderSnapshot = z.infer<typeof ReminderSnapshot>
