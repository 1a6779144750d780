import { z } from 'zod'
import { EpochMs } from '../episode'
import { ReminderId } from './history'
import { PauseState } from './pause'
import { ReminderKind } from './settings'

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
})
export type ReminderSnapshot = z.infer<typeof ReminderSnapshot>
