import { builtInRoutines } from '../../shared/domain/routines/catalogue'
import { SessionInput } from '../../shared/domain/routines/history'
import type { Db } from '../../electron/db/connection'
import { RoutinesRepository } from '../../electron/db/routines-repo'
import { localDate } from '../../shared/domain/local-time'
import { DAY_MS } from './days'
import { pick, seededUuid, type Random } from './rng'

/** Evenings and mornings, when people stretch (UTC hours; the offset moves them a little). */
const HOURS = [6, 7, 12, 17, 18, 20, 21]

/**
 * `total` played routines spread over the period, each a built-in routine
 * played through (a few stopped early), checked against the session schema
 * and stored by the routines repository.
 */
export function seedRoutineSessions(
  db: Db,
  random: Random,
  start: number,
  days: number,
  total: number,
): void {
  const repo = new RoutinesRepository(db)
  for (let i = 0; i < total; i++) {
    const routine = pick(random, builtInRoutines)
    const day = Math.floor((i * days) / total)
    const startedAt = start + day * DAY_MS + pick(random, HOURS) * 3_600_000
    const stoppedEarly = random() < 0.1
    const steps = routine.steps.map((step, stepIndex) => ({
      round: 1,
      stepIndex,
      exerciseId: step.exerciseId,
      optional: step.optional,
      outcome: stoppedEarly && stepIndex > 0 ? 'incomplete' : 'done',
    }))
    const utcOffsetMin = pick(random, [60, 120])
    const input = SessionInput.parse({
      routineId: routine.id,
      routineName: routine.name,
      routineKind: routine.kind,
      startedAt,
      endedAt: startedAt + (3 + Math.floor(random() * 12)) * 60_000,
      utcOffsetMin,
      status: stoppedEarly ? 'stopped_early' : 'completed',
      requiredDone: !stoppedEarly,
      steps,
      source: pick(random, ['routines', 'today', 'tray', 'reminder'] as const),
    })
    repo.addSession(seededUuid(random), input, localDate({ at: startedAt, utcOffsetMin }))
  }
}
