import { localDate, shiftDate } from '../../shared/domain/local-time'
import {
  ReminderRecord,
  type ReminderKind,
  type ReminderOutcome,
  type SnoozeMinutes,
} from '../../shared/domain/reminders'
import type { Db } from '../../electron/db/connection'
import { RemindersRepository } from '../../electron/db/reminders-repo'
import { pick, seededUuid, type Random } from './rng'
import { utcMidnight } from './days'

const MINUTE = 60_000

/** Outcomes weighted roughly as people answer desk prompts: mostly done, some ignored. */
const OUTCOMES: readonly ReminderOutcome[] = [
  'done',
  'done',
  'done',
  'done',
  'routine_started',
  'snoozed',
  'skipped',
  'dismissed',
  'expired',
]

/** Local minute of the day each reminder of a day is due, in the app's default schedule. */
function dayPlan(count: number): { kind: ReminderKind; minute: number }[] {
  const desk = Math.max(0, count - 2)
  // Desk reminders spread over working hours (09:00–17:30), alternating move and water.
  const span = 8.5 * 60
  const plan: { kind: ReminderKind; minute: number }[] = [{ kind: 'morning_checkin', minute: 480 }]
  for (let i = 0; i < desk; i++) {
    const minute = 9 * 60 + Math.floor(((i + 0.5) * span) / desk)
    plan.push({ kind: i % 2 === 0 ? 'move' : 'hydrate', minute })
  }
  plan.push({ kind: 'bedtime', minute: 22 * 60 })
  return plan.slice(0, count)
}

/**
 * `total` reminder history rows spread evenly over `days` local days from
 * `startDate`, each checked against the scheduler's own record schema and
 * stored by its repository.
 */
export function seedReminderHistory(
  db: Db,
  random: Random,
  startDate: string,
  days: number,
  total: number,
): void {
  const repo = new RemindersRepository(db)
  for (let day = 0; day < days; day++) {
    const date = shiftDate(startDate, day)
    const month = Number(date.slice(5, 7))
    // Central European time: summer offset from April to October.
    const utcOffsetMin = month >= 4 && month <= 10 ? 120 : 60
    const count = Math.floor(((day + 1) * total) / days) - Math.floor((day * total) / days)
    for (const { kind, minute } of dayPlan(count)) {
      const dueAt = utcMidnight(date) + (minute - utcOffsetMin) * MINUTE
      const outcome = pick(random, OUTCOMES)
      const firedAt = outcome === 'expired' ? null : dueAt + Math.floor(random() * 3) * 1000
      const snoozeMin: SnoozeMinutes | null =
        outcome === 'snoozed' ? pick(random, [5, 10, 15] as const) : null
      const outcomeAt = (firedAt ?? dueAt) + (1 + Math.floor(random() * 10)) * MINUTE
      const row = ReminderRecord.parse({
        id: seededUuid(random),
        kind,
        dueAt,
        firedAt,
        utcOffsetMin,
        outcome,
        outcomeAt,
        snoozeMin,
      })
      repo.insert(row, localDate({ at: dueAt, utcOffsetMin }))
    }
  }
}
