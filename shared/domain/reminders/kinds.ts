import { z } from 'zod'
import { BUILT_IN_IDS } from '../routines/catalogue'
import { RoutineId } from '../routines/schema'
import type { ReminderKind } from './settings'

/** Where clicking a reminder takes the user. */
export const ReminderTarget = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('routine'), routineId: RoutineId }),
  z.strictObject({ type: z.literal('screen'), screen: z.enum(['today', 'check-in']) }),
])
export type ReminderTarget = z.infer<typeof ReminderTarget>

export interface ReminderKindInfo {
  /** Short name for the tray and labels: "Move in 12 min". */
  label: string
  opens: ReminderTarget
  /** The tray act that resets it ("I just stood up"), if any. */
  doneLabel: string | null
}

export const reminderKinds: Record<ReminderKind, ReminderKindInfo> = {
  move: {
    label: 'Move',
    opens: { type: 'routine', routineId: BUILT_IN_IDS.deskBreak },
    doneLabel: 'I just stood up',
  },
  hydrate: {
    label: 'Water',
    opens: { type: 'screen', screen: 'today' },
    doneLabel: 'I drank water',
  },
  bedtime: {
    label: 'Bedtime stretch',
    opens: { type: 'routine', routineId: BUILT_IN_IDS.bedtime },
    doneLabel: null,
  },
  warm_up: {
    label: 'Warm-up',
    opens: { type: 'routine', routineId: BUILT_IN_IDS.warmUp },
    doneLabel: null,
  },
  morning_checkin: {
    label: 'Morning check-in',
    opens: { type: 'screen', screen: 'check-in' },
    doneLabel: null,
  },
}
