import { kindMayBeOn } from './bedtime-nights'
import { deskDueAfter, nextClockDue, type ScheduleContext } from './schedule'
import { ClockKind, DeskKind, type ReminderKind } from './settings'
import type { UpcomingReminder } from './snapshot'

/**
 * The reminders between `from` and `until` if each were answered as it
 * showed and the user never stepped away: the Settings screen's live preview
 * of "today's reminders". The scheduler decides the real times.
 */
export function previewReminders(
  ctx: ScheduleContext,
  from: number,
  until: number,
): UpcomingReminder[] {
  const out: UpcomingReminder[] = []
  const push = (kind: ReminderKind, at: number) => out.push({ kind, at })
  const { settings } = ctx
  for (const kind of DeskKind.options) {
    const every = kind === 'move' ? settings.move.afterMin : settings.hydrate.everyMin
    if (!settings[kind].enabled) continue
    for (
      let at = deskDueAfter(from, every, ctx);
      at !== null && at < until;
      at = deskDueAfter(at, every, ctx)
    ) {
      push(kind, at)
    }
  }
  for (const kind of ClockKind.options) {
    if (!kindMayBeOn(kind, ctx)) continue
    for (
      let at = nextClockDue(kind, from, ctx);
      at !== null && at < until;
      at = nextClockDue(kind, at, ctx)
    ) {
      push(kind, at)
    }
  }
  return out.sort((a, b) => a.at - b.at)
}
