import { randomUUID } from 'node:crypto'
import type { ReminderOutcome } from '../../../shared/domain/reminders'
import { BUILT_IN_IDS } from '../../../shared/domain/routines/catalogue'
import type { RoutineKind } from '../../../shared/domain/routines/schema'
import { localDate } from '../../../shared/domain/local-time'
import type { Db } from '../../db/connection'
import { RemindersRepository } from '../../db/reminders-repo'
import { RoutinesRepository } from '../../db/routines-repo'

/** The instant of a local wall-clock time at UTC+1 (the test clock's zone). */
export function at(date: string, hhmm: string, utcOffsetMin = 60): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [h, min] = hhmm.split(':').map(Number) as [number, number]
  return Date.UTC(y, m - 1, d, h, min) - utcOffsetMin * 60_000
}

/** A played routine, stored as the routines service stores one. */
export function addSession(
  db: Db,
  startedAt: number,
  kind: RoutineKind,
  requiredDone = true,
  utcOffsetMin = 60,
): void {
  new RoutinesRepository(db).addSession(
    randomUUID(),
    {
      routineId: kind === 'bedtime' ? BUILT_IN_IDS.bedtime : BUILT_IN_IDS.warmUp,
      routineName: kind,
      routineKind: kind,
      startedAt,
      endedAt: startedAt + 240_000,
      utcOffsetMin,
      status: requiredDone ? 'completed' : 'stopped_early',
      requiredDone,
      steps: [],
      source: 'routines',
    },
    localDate({ at: startedAt, utcOffsetMin }),
  )
}

/** A reminder that came due and what the user did with it. */
export function addReminder(
  db: Db,
  dueAt: number,
  outcome: ReminderOutcome,
  utcOffsetMin = 60,
): void {
  new RemindersRepository(db).insert(
    {
      id: randomUUID(),
      kind: 'bedtime',
      dueAt,
      firedAt: outcome === 'expired' || outcome === 'held' ? null : dueAt,
      utcOffsetMin,
      outcome,
      outcomeAt: dueAt + 60_000,
      snoozeMin: outcome === 'snoozed' ? 10 : null,
      ...(outcome === 'held' ? { heldBy: 'camera' as const } : {}),
    },
    localDate({ at: dueAt, utcOffsetMin }),
  )
}
