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

/** What is missing before the journal patterns can be judged; null when there is enough. */
export function thinDataNote(input: PatternInput): string | null {
  const cramps = Math.max(0, MIN_CRAMPS - input.episodes.length)
  const days = Math.max(0, MIN_CHECKIN_DAYS - input.days.length)
  if (cramps === 0 && days === 0) return null
  const parts = [
    cramps > 0 ? `${cramps} more cramp${cramps === 1 ? '' : 's'} logged` : null,
    days > 0 ? `${days} more day${days === 1 ? '' : 's'} of check-ins` : null,
  ].filter((x) => x !== null)
  return `Patterns need a few weeks of your journal: ${parts.join(' and ')} in the last 8 weeks.`
}
