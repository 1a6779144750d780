import type { Episode, Symptom } from './episode'

/**
 * The "see a clinician" rules from CONTENT.md, stated once. Every threshold
 * is here so screens, insights, the report and the journal's SQL filter
 * (electron/db/episodes-repo.ts) agree.
 */
export const RED_FLAG_RULES = {
  /** Cramps while asleep on at least this many of the last 7 nights: "wakes you most nights". */
  mostNights: { nights: 7, atLeast: 4 },
  /** At least this many cramps in the last 30 days: "frequent". */
  frequent: { days: 30, atLeast: 10 },
  /** Severe = peak pain at or above this, or lasting over 10 minutes; this many in 30 days. */
  severe: { days: 30, pain: 8, atLeast: 3 },
  /** Signs and lingering pain look back this far (a report reads its whole period). */
  recentDays: 30,
} as const

export type RedFlagKey =
  'most_nights' | 'frequent' | 'severe' | 'with_signs' | 'lingering' | 'walking_pain'

/** Every flag, in the order CONTENT.md lists the rules. */
export const FLAG_ORDER: readonly RedFlagKey[] = [
  'most_nights',
  'frequent',
  'severe',
  'with_signs',
  'lingering',
  'walking_pain',
]

/** Symptoms that raise a flag on their own, by flag (rule 2 and rule 4). */
export const FLAG_SYMPTOMS = {
  with_signs: ['weakness', 'numbness', 'swelling', 'skin_colour'],
  walking_pain: ['walking_pain'],
} as const satisfies Partial<Record<RedFlagKey, readonly Symptom[]>>

/** Next-day soreness at this level means "still sore days later" (rule 3). */
export const LINGERING_SORENESS = 3

export type FlagEpisode = Pick<
  Episode,
  | 'id'
  | 'startedAt'
  | 'utcOffsetMin'
  | 'context'
  | 'pain'
  | 'symptoms'
  | 'soreness'
  | 'legChanged'
  | 'durationSec'
  | 'durationBucket'
>

type EntryFields = Pick<FlagEpisode, 'symptoms' | 'soreness' | 'legChanged'>

/** Flags raised by one entry on its own (shown on the entry). */
export function episodeFlags(e: EntryFields): RedFlagKey[] {
  const keys: RedFlagKey[] = []
  const has = (list: readonly Symptom[]) => e.symptoms.some((s) => list.includes(s))
  if (has(FLAG_SYMPTOMS.with_signs)) keys.push('with_signs')
  if (has(FLAG_SYMPTOMS.walking_pain)) keys.push('walking_pain')
  if (e.soreness === LINGERING_SORENESS || e.legChanged) keys.push('lingering')
  return keys
}

export function isSevere(
  e: Pick<FlagEpisode, 'pain' | 'symptoms' | 'durationBucket' | 'durationSec'>,
): boolean {
  return (
    e.pain >= RED_FLAG_RULES.severe.pain ||
    e.symptoms.includes('over_10_min') ||
    e.durationBucket === 'over_10m' ||
    (e.durationSec ?? 0) > 600
  )
}
