import { format } from 'date-fns'
import { ReminderKind, reminderKinds, type UpcomingReminder } from '@shared/domain/reminders'

/** "14:05" in this computer's zone (the app and main share it). */
export function clockTime(at: number): string {
  return format(new Date(at), 'HH:mm')
}

export interface KindTimes {
  kind: ReminderKind
  label: string
  times: string[]
}

/** Today's reminders grouped by kind, in the kinds' order, each kind's times in order. */
export function groupByKind(upcoming: readonly UpcomingReminder[]): KindTimes[] {
  return ReminderKind.options
    .map((kind) => ({
      kind,
      label: reminderKinds[kind].label,
      times: upcoming
        .filter((r) => r.kind === kind)
        .sort((a, b) => a.at - b.at)
        .map((r) => clockTime(r.at)),
    }))
    .filter((group) => group.times.length > 0)
}

/** "No more reminders today", "1 more reminder today", "12 more reminders today". */
export function countLine(count: number): string {
  if (count === 0) return 'No more reminders today with these settings.'
  return `${count} more ${count === 1 ? 'reminder' : 'reminders'} today.`
}
