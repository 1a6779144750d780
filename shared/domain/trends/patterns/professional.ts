import { shiftDate } from '../../local-time'
import { percent } from '../text'
import type { Pattern } from '../types'
import { MIN_CHECKIN_DAYS, MIN_CRAMPS, type PatternInput } from './input'
import { PATTERN_PLANS } from './plans'

/** "Despite care": stretched at bedtime, water at target, and electrolyte-rich food on this share of days. */
export const CARE_SHARE = 0.5

/**
 * Fires on any red flag (the flag itself is the evidence), or when cramps
 * persist or worsen over the last 4 weeks compared with the 4 before, in
 * spite of regular stretching, water and food.
 */
export function seeProfessional(input: PatternInput): Pattern | null {
  const plan = PATTERN_PLANS.see_professional
  const base = {
    id: 'see_professional' as const,
    title: plan.title,
    plan: plan.plan,
    actions: plan.actions,
  }
  if (input.flags.length > 0) {
    return {
      ...base,
      rule: 'Your journal shows a sign on the red-flag list: worth a clinician’s look.',
      evidence: input.flags.map((f) => ({ label: f.sign, value: f.who })),
    }
  }
  const split = shiftDate(input.today, -27)
  const recent = input.episodes.filter((e) => e.localDate >= split).length
  const before = input.episodes.length - recent
  const days = input.days.filter((d) => d.date >= split)
  if (recent < MIN_CRAMPS || recent < before || days.length < MIN_CHECKIN_DAYS) return null
  const share = (f: (d: (typeof days)[number]) => boolean) => days.filter(f).length / days.length
  const stretched = share((d) => d.bedtimeStretch)
  const watered = share((d) => d.waterMl >= input.waterTargetMl)
  const fed = share((d) => d.electrolyteGroups > 0)
  if (stretched < CARE_SHARE || watered < CARE_SHARE || fed < CARE_SHARE) return null
  return {
    ...base,
    rule: `Cramps in the last 4 weeks (${MIN_CRAMPS} or more) did not fall compared with the 4 weeks before, although at least ${percent(CARE_SHARE, 1)}% of days had a bedtime stretch, water at target and electrolyte-rich food.`,
    evidence: [
      { label: 'Cramps, last 4 weeks', value: String(recent) },
      { label: 'Cramps, the 4 weeks before', value: String(before) },
      { label: 'Days with a bedtime stretch', value: `${percent(stretched, 1)}%` },
      { label: 'Days with water at target', value: `${percent(watered, 1)}%` },
      { label: 'Days with electrolyte-rich food', value: `${percent(fed, 1)}%` },
    ],
  }
}
