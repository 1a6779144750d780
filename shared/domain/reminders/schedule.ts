import { clockMinutes, isNightMinute } from '../local-time'
import { bedtimeHorizonDays, clockKindOnDay, type BedtimeNights } from './bedtime-nights'
import { isPausedAt, type PauseState } from './pause'
import { isDeskKind, type ClockKind, type ReminderKind, type ReminderSettings } from './settings'
import { instantOf, localDay, minuteOfDay, type OffsetAt } from './zoned'

/**
 * Pure due-time rules shared by the scheduler (main) and the Settings
 * preview (renderer). Every time is an absolute UTC epoch ms.
 */
export interface ScheduleContext {
  settings: ReminderSettings
  pause: PauseState | null
  offsetAt: OffsetAt
  /** A running bedtime-stretch experiment's ON and OFF nights; absent when none runs. */
  bedtimeNights?: BedtimeNights | undefined
}

/** A half-open span of absolute time, [start, end). */
export interface Span {
  start: number
  end: number
}

const MINUTE = 60_000
/** A weekly warm-up or a long weekend is always found within this many days. */
const HORIZON_DAYS = 8

export function isQuietAt(at: number, ctx: ScheduleContext): boolean {
  const q = ctx.settings.quietHours
  return q.enabled && q.start !== q.end && isNightMinute(minuteOfDay(at, ctx.offsetAt), q)
}

export function inWorkHoursAt(at: number, ctx: ScheduleContext): boolean {
  const w = ctx.settings.workHours
  const minute = minuteOfDay(at, ctx.offsetAt)
  return (
    w.days.includes(localDay(at, ctx.offsetAt).weekday) &&
    minute >= clockMinutes(w.start) &&
    minute < clockMinutes(w.end)
  )
}

/** Whether a reminder of this kind may show at that instant (ignoring presence). */
export function mayFireAt(kind: ReminderKind, at: number, ctx: ScheduleContext): boolean {
  if (isPausedAt(at, ctx.pause) || isQuietAt(at, ctx)) return false
  return !isDeskKind(kind) || inWorkHoursAt(at, ctx)
}

/** Quiet hours that start on the local day `days` after `at`'s (they may run into the next day). */
function quietSpan(at: number, days: number, ctx: ScheduleContext): Span | null {
  const q = ctx.settings.quietHours
  if (!q.enabled || q.start === q.end) return null
  const wraps = clockMinutes(q.end) < clockMinutes(q.start)
  return {
    start: instantOf(localDay(at, ctx.offsetAt, days), q.start, ctx.offsetAt),
    end: instantOf(localDay(at, ctx.offsetAt, wraps ? days + 1 : days), q.end, ctx.offsetAt),
  }
}

function subtract(spans: Span[], cut: Span | null): Span[] {
  if (cut === null) return spans
  return spans.flatMap((s) => {
    if (cut.end <= s.start || cut.start >= s.end) return [s]
    const left = { start: s.start, end: cut.start }
    const right = { start: cut.end, end: s.end }
    return [left, right].filter((p) => p.end > p.start)
  })
}

/**
 * The stretch of desk time (working day and hours, minus quiet hours and a
 * pause) that contains `at`, or else the next one; null if none within a week.
 */
export function deskSpanFrom(at: number, ctx: ScheduleContext): Span | null {
  const { workHours } = ctx.settings
  const pauseSpan = ctx.pause
    ? { start: ctx.pause.since, end: ctx.pause.until ?? Number.MAX_SAFE_INTEGER }
    : null
  for (let d = 0; d <= HORIZON_DAYS; d++) {
    const day = localDay(at, ctx.offsetAt, d)
    if (!workHours.days.includes(day.weekday)) continue
    let spans: Span[] = [
      {
        start: instantOf(day, workHours.start, ctx.offsetAt),
        end: instantOf(day, workHours.end, ctx.offsetAt),
      },
    ]
    spans = subtract(spans, quietSpan(at, d - 1, ctx))
    spans = subtract(spans, quietSpan(at, d, ctx))
    spans = subtract(spans, pauseSpan)
    const found = spans.find((s) => s.end > at)
    if (found) return found
  }
  return null
}

/**
 * When an interval reminder is next due: `intervalMin` of desk time after
 * `anchor` (its last reset), counting from the start of a desk stretch if the
 * anchor lies before it. So move fires 45 minutes into the working day, and
 * restarts after quiet hours or a pause rather than firing the moment they end.
 */
export function deskDueAfter(
  anchor: number,
  intervalMin: number,
  ctx: ScheduleContext,
): number | null {
  let from = anchor
  while (from - anchor < HORIZON_DAYS * 24 * 60 * MINUTE) {
    const span = deskSpanFrom(from, ctx)
    if (span === null) return null
    const due = Math.max(from, span.start) + intervalMin * MINUTE
    if (due < span.end) return due
    from = span.end
  }
  return null
}

/** The first time a clock-time reminder may show strictly after `after`; null if none within a week. */
export function nextClockDue(kind: ClockKind, after: number, ctx: ScheduleContext): number | null {
  const r = ctx.settings[kind]
  const days = kind === 'warm_up' ? ctx.settings.warm_up.days : null
  const horizon = kind === 'bedtime' ? bedtimeHorizonDays(ctx, HORIZON_DAYS) : HORIZON_DAYS
  for (let d = 0; d <= horizon; d++) {
    const day = localDay(after, ctx.offsetAt, d)
    if (days !== null && !days.includes(day.weekday)) continue
    if (!clockKindOnDay(kind, day, ctx)) continue
    const at = instantOf(day, r.at, ctx.offsetAt)
    if (at > after && mayFireAt(kind, at, ctx)) return at
  }
  return null
}

/** The most recent time a clock-time reminder was scheduled at or before `at` (for expiring missed ones). */
export function lastClockDue(
  kind: ClockKind,
  after: number,
  at: number,
  ctx: ScheduleContext,
): number | null {
  let last: number | null = null
  let next = nextClockDue(kind, after, ctx)
  while (next !== null && next <= at) {
    last = next
    next = nextClockDue(kind, next, ctx)
  }
  return last
}
