import {
  deskDueAfter,
  deskSpanFrom,
  isDeskKind,
  kindMayBeOn,
  lastClockDue,
  mayFireAt,
  nextClockDue,
  type PauseState,
  type ReminderKind,
  type ReminderSettings,
  type ScheduleContext,
  type Span,
} from '../../../shared/domain/reminders'

/** A due time missed by more than this (asleep, locked, away) is dropped as expired, never shown late. */
export const STALE_MS = 30 * 60_000

/**
 * Each reminder's schedule counts from `base`: for move and hydrate the last
 * reset (shown, done, back from a break), for clock-time ones the last
 * occurrence dealt with. A snooze is a one-off due time on top.
 */
export interface KindState {
  base: number
  snoozedUntil: number | null
}

/** One state per reminder kind. */
export function perKind(make: () => KindState): Record<ReminderKind, KindState> {
  return {
    move: make(),
    hydrate: make(),
    bedtime: make(),
    warm_up: make(),
    morning_checkin: make(),
  }
}

export function intervalMin(kind: 'move' | 'hydrate', ctx: ScheduleContext): number {
  return kind === 'move' ? ctx.settings.move.afterMin : ctx.settings.hydrate.everyMin
}

function regularDue(kind: ReminderKind, base: number, ctx: ScheduleContext): number | null {
  return isDeskKind(kind)
    ? deskDueAfter(base, intervalMin(kind, ctx), ctx)
    : nextClockDue(kind, base, ctx)
}

/**
 * The absolute time this reminder is next due, or null when it is off or has
 * no time within a week (a pause until resumed). A snooze that would land in
 * quiet hours, outside working hours or in a pause lapses.
 */
export function dueOf(kind: ReminderKind, st: KindState, ctx: ScheduleContext): number | null {
  if (!kindMayBeOn(kind, ctx)) return null
  const regular = regularDue(kind, st.base, ctx)
  const snooze =
    st.snoozedUntil !== null && mayFireAt(kind, st.snoozedUntil, ctx) ? st.snoozedUntil : null
  if (snooze === null) return regular
  return regular === null ? snooze : Math.min(snooze, regular)
}

export type Verdict =
  { type: 'wait' } | { type: 'hold' } | { type: 'fire' | 'expire'; dueAt: number; snoozed: boolean }

/**
 * What to do with a reminder at `now`. Desk reminders wait while the user is
 * away (water until they return or the desk stretch ends); nothing shows while the
 * machine sleeps or is locked; anything that comes back more than STALE_MS
 * late, or when it may no longer show, expires instead of firing late.
 */
export function judge(
  kind: ReminderKind,
  st: KindState,
  due: number | null,
  now: number,
  ctx: ScheduleContext,
  presence: { absent: boolean; blocked: boolean },
  busyHeld = false,
): Verdict {
  if (due === null || due > now) return { type: 'wait' }
  if (presence.blocked) return { type: 'hold' }
  const allowed = mayFireAt(kind, now, ctx)
  // Move waits for the return whatever the hour (the absence was its break);
  // water waits while it could still show.
  if (isDeskKind(kind) && presence.absent && (kind === 'move' || allowed)) return { type: 'hold' }
  const snoozed = due === st.snoozedUntil
  // After a long sleep only the latest missed occurrence matters.
  const dueAt = snoozed || isDeskKind(kind) ? due : (lastClockDue(kind, st.base, now, ctx) ?? due)
  // A desk reminder held through a long call is still owed when it ends (the hold has its own limit).
  const fresh = now - dueAt <= STALE_MS || (busyHeld && isDeskKind(kind))
  return { type: allowed && fresh ? 'fire' : 'expire', dueAt, snoozed }
}

/** The state once a reminder fired or expired at `now`. */
export function settle(
  kind: ReminderKind,
  st: KindState,
  now: number,
  v: { dueAt: number; snoozed: boolean },
): KindState {
  if (isDeskKind(kind)) return { base: now, snoozedUntil: null }
  return { base: v.snoozed ? st.base : v.dueAt, snoozedUntil: null }
}

/**
 * Memoised due times and desk stretches. Both depend only on the settings,
 * pause and experiment nights (replaced, never mutated, on change) and a reminder's state, which
 * most wakeups (idle polls) leave alone; recomputing them is what a wakeup
 * would otherwise spend its time on.
 */
export class ScheduleCache {
  private settings: ReminderSettings | null = null
  private pause: PauseState | null = null
  private nights: ScheduleContext['bedtimeNights'] = undefined
  private readonly dues = new Map<
    ReminderKind,
    { base: number; snoozedUntil: number | null; due: number | null }
  >()
  private spans: { from: number; span: Span }[] = []

  due(kind: ReminderKind, st: KindState, ctx: ScheduleContext): number | null {
    this.check(ctx)
    const hit = this.dues.get(kind)
    if (hit && hit.base === st.base && hit.snoozedUntil === st.snoozedUntil) return hit.due
    const due = dueOf(kind, st, ctx)
    this.dues.set(kind, { base: st.base, snoozedUntil: st.snoozedUntil, due })
    return due
  }

  /** deskSpanFrom: a span found from `from` is the answer for any time from `from` to its end. */
  span(at: number, ctx: ScheduleContext): Span | null {
    this.check(ctx)
    const hit = this.spans.find((s) => s.from <= at && at < s.span.end)
    if (hit) return hit.span
    const span = deskSpanFrom(at, ctx)
    if (span) this.spans = [{ from: at, span }, ...this.spans.slice(0, 3)]
    return span
  }

  private check(ctx: ScheduleContext): void {
    if (
      ctx.settings === this.settings &&
      ctx.pause === this.pause &&
      ctx.bedtimeNights === this.nights
    )
      return
    this.settings = ctx.settings
    this.pause = ctx.pause
    this.nights = ctx.bedtimeNights
    this.dues.clear()
    this.spans = []
  }
}
