import { format } from 'date-fns'
import { estimatedDurationMs, expandRoutine } from '@shared/domain/routines/expand'
import type { Session } from '@shared/domain/routines/history'
import type { Routine, RoutineKind, RoutineStep, StepSide } from '@shared/domain/routines/schema'
import { toLocal } from '@shared/domain/local-time'

export const kindLabels: Record<RoutineKind, string> = {
  warm_up: 'Warm-up',
  cool_down: 'Cool-down',
  bedtime: 'Bedtime',
  desk_break: 'Desk break',
  cramp_relief: 'Cramp relief',
  strength: 'Strength',
  custom: 'Other',
}

export const sideLabels: Record<StepSide, string> = {
  each: 'Each leg in turn',
  left: 'Left leg',
  right: 'Right leg',
  both: 'Both legs together',
}

/** A routine's expected length, reps at a steady pace. */
export function routineLengthMs(routine: Routine): number {
  return estimatedDurationMs(expandRoutine(routine))
}

/** "about 3 min", "about 45 s": an estimate, said as one. */
export function aboutText(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 90) return `about ${Math.max(5, Math.round(seconds / 5) * 5)} s`
  return `about ${Math.round(seconds / 60)} min`
}

/** "45 s", "2 min", "1 min 30 s". */
export function secondsText(total: number): string {
  const s = Math.max(0, Math.round(total))
  const m = Math.floor(s / 60)
  const sec = s % 60
  if (m === 0) return `${sec} s`
  return sec === 0 ? `${m} min` : `${m} min ${sec} s`
}

/** "Hold 30 s", "Hold 20 s, 3 times, 10 s rest between", "3 sets of 12 reps, 45 s rest between". */
export function modeText(step: Pick<RoutineStep, 'mode'>): string {
  const { mode } = step
  const rest =
    mode.sets > 1 && mode.restBetweenSetsSec > 0
      ? `, ${secondsText(mode.restBetweenSetsSec)} rest between`
      : ''
  if (mode.type === 'hold') {
    const times = mode.sets > 1 ? `, ${mode.sets} times` : ''
    return `Hold ${secondsText(mode.holdSec)}${times}${rest}`
  }
  const reps = mode.reps === 1 ? '1 rep' : `${mode.reps} reps`
  return mode.sets > 1 ? `${mode.sets} sets of ${reps}${rest}` : reps
}

/** The one-line summary under a step: mode, side, rest after. */
export function stepSummary(step: RoutineStep): string {
  const parts = [modeText(step)]
  if (step.side !== 'both') parts.push(sideLabels[step.side].toLowerCase())
  if (step.restAfterSec > 0) parts.push(`then ${secondsText(step.restAfterSec)} rest`)
  return parts.join(' · ')
}

/** A countdown face, whole seconds rounded up so "0:00" only shows at the very end. */
export function countdownText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000 - 1e-9))
  const m = Math.floor(s / 60)
  return `${m}:${String(s % 60).padStart(2, '0')}`
}

/** When a session happened, on the clock the user saw at the time. */
export function sessionWhen(session: Pick<Session, 'startedAt' | 'utcOffsetMin'>, now: number) {
  const local = toLocal({ at: session.startedAt, utcOffsetMin: session.utcOffsetMin })
  const sameYear = local.getFullYear() === new Date(now).getFullYear()
  return format(local, sameYear ? 'EEE d MMM, HH:mm' : 'EEE d MMM yyyy, HH:mm')
}

/** "4 min", "45 s": how long a session took. */
export function sessionLength(session: Pick<Session, 'startedAt' | 'endedAt'>): string {
  return secondsText((session.endedAt - session.startedAt) / 1000)
}

/** "3 of 4 steps": what was done, counting each step once per round. */
export function sessionStepsText(session: Pick<Session, 'steps'>): string {
  const done = session.steps.filter((s) => s.outcome === 'done').length
  return `${done} of ${session.steps.length} ${session.steps.length === 1 ? 'step' : 'steps'}`
}
