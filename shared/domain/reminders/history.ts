import { z } from 'zod'
import { EpochMs, UtcOffset } from '../episode'
import { BusySignal } from './busy'
import { ReminderKind } from './settings'

export const SnoozeMinutes = z.union([z.literal(5), z.literal(10), z.literal(15)])
export type SnoozeMinutes = z.infer<typeof SnoozeMinutes>
export const snoozeChoices: readonly SnoozeMinutes[] = [5, 10, 15]

/**
 * What became of a reminder (the Trends issue charts these against cramps).
 * `dismissed` is only the user closing its notification. A reminder that got
 * no answer before the next one of its kind replaced it, it was turned off or
 * Limber quit is `unanswered` ("not answered"); so is one whose notification
 * merely timed out, since that leaves it waiting in the app. `held` is one
 * that waited while the user was busy (a call, full screen) until its moment
 * passed, so it was dropped unseen: not missed, held.
 */
export const ReminderOutcome = z.enum([
  'done',
  'routine_started',
  'snoozed',
  'skipped',
  'dismissed',
  'unanswered',
  'expired',
  'held',
])
export type ReminderOutcome = z.infer<typeof ReminderOutcome>

/** The user's answer to a shown reminder (notification button, tray or in-app prompt). */
export const ReminderResponse = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('done') }),
  z.strictObject({ type: z.literal('routine_started') }),
  z.strictObject({ type: z.literal('skipped') }),
  z.strictObject({ type: z.literal('dismissed') }),
  z.strictObject({ type: z.literal('snoozed'), minutes: SnoozeMinutes }),
])
export type ReminderResponse = z.infer<typeof ReminderResponse>

export const ReminderId = z.string().min(1).max(64)

/**
 * One row of reminder history: a reminder that showed and what the user did,
 * or one that came due while the computer slept or the user was away and
 * was dropped as stale (`expired`, never shown). A prompt left unanswered
 * until its moment passed (bedtime after the night) is `expired` too, with
 * the time it showed. A snooze ends one record;
 * the reminder showing again starts the next.
 */
export const ReminderRecord = z
  .strictObject({
    id: ReminderId,
    kind: ReminderKind,
    /** When it was scheduled to show (a snoozed one: the end of the snooze). */
    dueAt: EpochMs,
    /** When it actually showed; null when it expired unseen or was held. */
    firedAt: EpochMs.nullable(),
    /** Offset at dueAt, so Trends can place it in the user's local day. */
    utcOffsetMin: UtcOffset,
    outcome: ReminderOutcome,
    outcomeAt: EpochMs,
    snoozeMin: SnoozeMinutes.nullable(),
    /** Why a `held` reminder waited (only on those; absent in files from before holding). */
    heldBy: BusySignal.optional(),
  })
  .superRefine((r, ctx) => {
    // Expired: dropped unseen as stale, or shown and left until its moment passed.
    if (r.firedAt === null && r.outcome !== 'expired' && r.outcome !== 'held') {
      ctx.addIssue({
        code: 'custom',
        path: ['firedAt'],
        message: 'Only a reminder that expired or was held can have never shown',
      })
    }
    if (r.outcome === 'held' && r.firedAt !== null) {
      ctx.addIssue({ code: 'custom', path: ['firedAt'], message: 'A held reminder never showed' })
    }
    if ((r.outcome === 'held') !== (r.heldBy !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['heldBy'],
        message: 'A held reminder says what held it, and only a held one',
      })
    }
    if ((r.outcome === 'snoozed') !== (r.snoozeMin !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['snoozeMin'],
        message: 'A snooze length goes with a snoozed outcome only',
      })
    }
    if (r.outcomeAt < (r.firedAt ?? r.dueAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcomeAt'],
        message: 'An outcome cannot precede the reminder',
      })
    }
  })
export type ReminderRecord = z.infer<typeof ReminderRecord>
