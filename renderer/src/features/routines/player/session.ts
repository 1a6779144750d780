import type { RoutineSource, SessionInput } from '@shared/domain/routines/history'
import type { Routine } from '@shared/domain/routines/schema'
import type { SessionRecord } from '@shared/domain/routines/session'
import { toWallClock, utcOffsetAt, type PlayerClock } from './clock'

/** The player's record as History stores it: wall-clock times with the UTC offset. */
export function sessionInput(
  routine: Pick<Routine, 'id' | 'name' | 'kind'>,
  record: SessionRecord,
  source: RoutineSource,
  clock: PlayerClock,
): SessionInput {
  const startedAt = toWallClock(record.startedAtMs, clock)
  const endedAt = Math.max(startedAt, toWallClock(record.endedAtMs, clock))
  return {
    routineId: routine.id,
    routineName: routine.name,
    routineKind: routine.kind,
    startedAt,
    endedAt,
    utcOffsetMin: utcOffsetAt(startedAt),
    status: record.status,
    requiredDone: record.requiredDone,
    steps: record.steps.map((s) => ({ ...s })),
    source,
  }
}
