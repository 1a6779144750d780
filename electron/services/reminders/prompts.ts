import {
  pickMessage,
  postureMessage,
  reminderKinds,
  snoozeChoices,
  type PendingReminder,
  type ReminderKind,
  type ReminderOutcome,
  type ScheduleContext,
  type SnoozeMinutes,
} from '../../../shared/domain/reminders'
import type { FiredReminder } from './ports'
import { promptExpiresAt } from './prompt-expiry'

export interface PromptsOptions {
  random: () => number
  newId: () => string
  /** A shown reminder got its outcome: record it and take it off screen. */
  onResolved: (
    shown: PendingReminder,
    outcome: ReminderOutcome,
    snoozeMin: SnoozeMinutes | null,
  ) => void
}

/**
 * The reminders on screen, at most one per kind: a newer one of a kind
 * replaces the older (not answered), and each unanswered prompt expires
 * once its moment has passed (promptExpiresAt).
 */
export class ShownPrompts {
  private readonly pending = new Map<ReminderKind, PendingReminder>()
  private readonly expiry = new Map<ReminderKind, number>()
  private readonly lastMessage = new Map<ReminderKind, string>()

  constructor(private readonly o: PromptsOptions) {}

  get(kind: ReminderKind): PendingReminder | undefined {
    return this.pending.get(kind)
  }

  byId(id: string): PendingReminder | undefined {
    return [...this.pending.values()].find((p) => p.id === id)
  }

  /** Oldest first. */
  all(): PendingReminder[] {
    return [...this.pending.values()].sort((a, b) => a.firedAt - b.firedAt)
  }

  show(kind: ReminderKind, dueAt: number, now: number, ctx: ScheduleContext): FiredReminder {
    const previous = this.pending.get(kind)
    if (previous) this.resolve(previous, 'unanswered', null)
    // Never the same line twice in a row.
    const last = this.lastMessage.get(kind) ?? null
    const message =
      kind === 'move' && ctx.settings.move.sitStand
        ? postureMessage(last)
        : pickMessage(kind, last, this.o.random)
    this.lastMessage.set(kind, message.id)
    const id = this.o.newId()
    this.pending.set(kind, { id, kind, dueAt, firedAt: now, messageId: message.id })
    const expires = promptExpiresAt(kind, now, ctx)
    if (expires === null) this.expiry.delete(kind)
    else this.expiry.set(kind, expires)
    return {
      id,
      kind,
      dueAt,
      firedAt: now,
      message,
      opens: reminderKinds[kind].opens,
      snoozeChoices: [...snoozeChoices],
    }
  }

  resolve(shown: PendingReminder, outcome: ReminderOutcome, snoozeMin: SnoozeMinutes | null): void {
    this.pending.delete(shown.kind)
    this.expiry.delete(shown.kind)
    this.o.onResolved(shown, outcome, snoozeMin)
  }

  /** Prompts whose moment has passed go, recorded as expired (they showed, unanswered). */
  expire(now: number): void {
    for (const [kind, at] of this.expiry) {
      const shown = this.pending.get(kind)
      if (shown && at <= now) this.resolve(shown, 'expired', null)
    }
  }

  /** When the scheduler must wake to expire one. */
  expiryTimes(): number[] {
    return [...this.expiry.values()]
  }
}
