import { z } from 'zod'
import { Adherence, RoutineSource, Session, SessionInput } from '../domain/routines/history'
import { Routine, RoutineId } from '../domain/routines/schema'
import { entry, event, NoInput } from './entry'

export const RoutineList = z.object({
  routines: z.array(Routine),
  hiddenBuiltIns: z.array(z.object({ id: RoutineId, name: z.string() })),
  unreadable: z.array(z.string()),
})
export type RoutineList = z.infer<typeof RoutineList>

/** Built-ins (minus hidden ones) and the user's own routines. */
export const listRoutines = entry('routines:list', NoInput, RoutineList)

export const getRoutine = entry('routines:get', z.strictObject({ id: RoutineId }), Routine)

/** Create (no id) or replace one of the user's routines. Built-ins are read-only. */
export const saveRoutine = entry(
  'routines:save',
  Routine.omit({ id: true, builtIn: true }).extend({ id: RoutineId.optional() }),
  Routine,
)

/** Deletes one of the user's routines, or hides a built-in (restorable). */
export const removeRoutine = entry('routines:remove', z.strictObject({ id: RoutineId }), z.null())

export const restoreBuiltIn = entry(
  'routines:restore-builtin',
  z.strictObject({ id: RoutineId }),
  Routine,
)

/** Saves a finished or stopped session for History. */
export const recordSession = entry('routines:record-session', SessionInput, Session)

export const recentSessions = entry(
  'routines:sessions',
  z.strictObject({ days: z.number().int().min(1).max(3660) }),
  z.array(Session),
)

export const getAdherence = entry('routines:adherence', NoInput, Adherence)

/**
 * While a routine plays: keep the display awake and stop background
 * throttling so the timer and sounds stay on time (a no-op in the browser
 * preview, where the page uses the Wake Lock API).
 */
export const setPlaying = entry(
  'routines:playing',
  z.strictObject({ playing: z.boolean() }),
  z.null(),
)

/** Main asks the window to start a routine (tray, reminder notification, cramp now). */
export const startRoutineEvent = event(
  'routines:start',
  z.object({ routineId: RoutineId, source: RoutineSource }),
)
