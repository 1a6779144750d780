import { BUILT_IN_IDS } from '../routines/catalogue'
import type { ReminderKind } from './settings'
import type { ReminderTarget } from './target'

// No zod here (the target's schema is in target.ts): the sidebar on the
// first screen reads these labels, and the start-up bundle carries no zod.

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
