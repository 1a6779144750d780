import type { ReminderSettings, Weekday } from '@shared/domain/reminders'

const dayNames: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}
const week: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** "Mon–Fri", "Mon, Wed, Fri", "Every day", "No days". A run of three or more days is a range. */
export function daysLabel(days: readonly Weekday[]): string {
  if (days.length === 7) return 'Every day'
  if (days.length === 0) return 'No days'
  const on = week.map((d) => days.includes(d))
  const parts: string[] = []
  for (let i = 0; i < 7; i++) {
    if (!on[i]) continue
    let j = i
    while (j + 1 < 7 && on[j + 1]) j++
    const first = dayNames[week[i] ?? 'mon']
    const last = dayNames[week[j] ?? 'mon']
    if (j - i >= 2) parts.push(`${first}–${last}`)
    else for (let k = i; k <= j; k++) parts.push(dayNames[week[k] ?? 'mon'])
    i = j
  }
  return parts.join(', ')
}

/** One line per reminder that is on, as the Settings summary lists them. */
export function reminderSummary(s: ReminderSettings): string[] {
  const lines: string[] = []
  if (s.move.enabled) lines.push(`Move after ${s.move.afterMin} min of sitting`)
  if (s.hydrate.enabled) lines.push(`Water every ${s.hydrate.everyMin} min`)
  if (s.bedtime.enabled) lines.push(`Bedtime stretch at ${s.bedtime.at}`)
  if (s.warm_up.enabled) lines.push(`Warm-up at ${s.warm_up.at} (${daysLabel(s.warm_up.days)})`)
  if (s.morning_checkin.enabled) lines.push(`Morning check-in at ${s.morning_checkin.at}`)
  return lines
}

/** "Working hours: Mon–Fri, 09:00–17:30. Quiet 22:30–07:00." */
export function hoursSummary(s: ReminderSettings): string {
  const w = s.workHours
  const work = `Working hours: ${daysLabel(w.days)}, ${w.start}–${w.end}.`
  const q = s.quietHours
  return q.enabled ? `${work} Quiet hours: ${q.start}–${q.end}.` : work
}
