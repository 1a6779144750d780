import { z } from 'zod'
import { RoutineId } from '../routines/schema'

/** Where clicking a reminder takes the user. */
export const ReminderTarget = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('routine'), routineId: RoutineId }),
  z.strictObject({ type: z.literal('screen'), screen: z.enum(['today', 'check-in']) }),
])
export type ReminderTarget = z.infer<typeof ReminderTarget>
