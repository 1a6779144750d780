import {
  instantOf,
  isDeskKind,
  localDay,
  type ReminderKind,
  type ScheduleContext,
} from '../../../shared/domain/reminders'

/** The first local `hhmm` after `after` (today's, or tomorrow's when today's has passed). */
function nextLocal(after: number, hhmm: string, ctx: ScheduleContext): number {
  const today = instantOf(localDay(after, ctx.offsetAt), hhmm, ctx.offsetAt)
  return today > after ? today : instantOf(localDay(after, ctx.offsetAt, 1), hhmm, ctx.offsetAt)
}

/**
 * When a prompt that showed at `firedAt` and was never answered stops being
 * worth showing (issue 17), so prompts never pile up:
 * - the bedtime stretch once the night is over (the end of quiet hours, 07:00 by default);
 * - the morning check-in at noon;
 * - a warm-up at the end of its day;
 * - move and water: never by time; the next of their kind replaces them when
 *   it is due (recorded as not answered, as before).
 * Checked at every wakeup, so a timer that fires late (a paused VM, a clock
 * change) still drops whatever has passed before anything shows.
 */
export function promptExpiresAt(
  kind: ReminderKind,
  firedAt: number,
  ctx: ScheduleContext,
): number | null {
  if (isDeskKind(kind)) return null
  if (kind === 'bedtime') return nextLocal(firedAt, ctx.settings.quietHours.end, ctx)
  if (kind === 'morning_checkin') {
    const noon = instantOf(localDay(firedAt, ctx.offsetAt), '12:00', ctx.offsetAt)
    if (noon > firedAt) return noon
  }
  return instantOf(localDay(firedAt, ctx.offsetAt, 1), '00:00', ctx.offsetAt)
}
