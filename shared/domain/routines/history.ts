import { z } from 'zod'
import { EpochMs, UtcOffset } from '../episode'
import { RoutineId, RoutineKind } from './schema'

/** Where a routine was started from (Today, the tray, a reminder, cramp now...). */
export const RoutineSource = z.enum(['routines', 'today', 'tray', 'reminder', 'cramp_now'])
export type RoutineSource = z.infer<typeof RoutineSource>

export const SessionStep = z.strictObject({
  round: z.number().int().min(1).max(5),
  stepIndex: z.number().int().min(0).max(39),
  exerciseId: z.string().max(40),
  optional: z.boolean(),
  outcome: z.enum(['done', 'skipped', 'incomplete']),
})

/** One play-through as History keeps it, in wall-clock time with the UTC offset. */
export const SessionInput = z
  .strictObject({
    routineId: RoutineId,
    routineName: z.string().min(1).max(80),
    routineKind: RoutineKind,
    startedAt: EpochMs,
    endedAt: EpochMs,
    utcOffsetMin: UtcOffset,
    status: z.enum(['completed', 'stopped_early']),
    requiredDone: z.boolean(),
    steps: z.array(SessionStep).max(400),
    source: RoutineSource,
  })
  .refine((s) => s.endedAt >= s.startedAt, {
    path: ['endedAt'],
    message: 'A session cannot end before it starts',
  })
export type SessionInput = z.infer<typeof SessionInput>

export const Session = z.object({ id: z.uuid() }).and(SessionInput)
export type Session = z.infer<typeof Session>

/** What Today shows about routines: habits, not scores. */
export const Adherence = z.object({
  /** Nights in the last 7 with the bedtime routine done (every required step). */
  bedtimeNights: z.number().int().min(0).max(7),
  /** Days in the last 30 with exercise in the check-in, and how many had a warm-up first. */
  exerciseDays: z.number().int().min(0),
  warmedUpDays: z.number().int().min(0),
  /** Consecutive days up to today (or yesterday) with any routine done. */
  streakDays: z.number().int().min(0),
})
export type Adherence = z.infer<typeof Adherence>
