import { count } from '../text'
import type { Pattern } from '../types'
import { hydrationNutrition } from './hydration'
import { MIN_CHECKIN_DAYS, MIN_CRAMPS, type PatternInput } from './input'
import { nightAmbush } from './night-ambush'
import { seeProfessional } from './professional'
import { weekendWarrior } from './weekend-warrior'

export * from './input'

/** Every pattern that fires, in CONTENT.md order; several may, or none. */
export function detectPatterns(input: PatternInput): Pattern[] {
  return [weekendWarrior, nightAmbush, hydrationNutrition, seeProfessional]
    .map((rule) => rule(input))
    .filter((p): p is Pattern => p !== null)
}

/**
 * Why no pattern is read yet; null when there is enough. It says what the
 * rules wait for and what the journal holds, never asks for more cramps.
 */
export function thinDataNote(input: PatternInput): string | null {
  const cramps = input.episodes.length
  const days = input.days.length
  if (cramps >= MIN_CRAMPS && days >= MIN_CHECKIN_DAYS) return null
  return `Patterns are looked for once the last 8 weeks hold at least ${MIN_CRAMPS} logged cramps and ${MIN_CHECKIN_DAYS} days of check-ins. So far: ${count(cramps, 'cramp')} and ${count(days, 'check-in day')}.`
}
