import type { MedicationKind } from './checkin'
import type { Episode } from './episode'
import {
  localDate,
  localMinuteOfDay,
  nightOf,
  shiftDate,
  type LocalInstant,
  type NightWindow,
} from './local-time'

/**
 * The "see a clinician" rules from CONTENT.md, stated once. Every threshold
 * is here so screens, insights and the report agree.
 */
export const RED_FLAG_RULES = {
  /** Night cramps on at least this many of the last 7 nights: "wakes you most nights". */
  mostNights: { nights: 7, atLeast: 4 },
  /** At least this many cramps in the last 30 days: "frequent". */
  frequent: { days: 30, atLeast: 10 },
  /** Severe = peak pain at or above this, or lasting over 10 minutes; this many in 30 days. */
  severe: { days: 30, pain: 8, atLeast: 3 },
  /** Signs and lingering pain look back this far. */
  recentDays: 30,
} as const

export type RedFlagKey =
  'most_nights' | 'frequent' | 'severe' | 'with_signs' | 'lingering' | 'walking_pain'

export interface RedFlag {
  key: RedFlagKey
  /** Which sign, in the user's terms. */
  sign: string
  /** Why it matters, calmly. */
  why: string
  /** Who to talk to. */
  who: string
  /** The entries that triggered it, newest first. */
  episodeIds: string[]
}

type FlagEpisode = Pick<
  Episode,
  | 'id'
  | 'startedAt'
  | 'utcOffsetMin'
  | 'context'
  | 'pain'
  | 'symptoms'
  | 'soreness'
  | 'durationSec'
  | 'durationBucket'
>

const TEXT: Record<RedFlagKey, Omit<RedFlag, 'key' | 'episodeIds'>> = {
  most_nights: {
    sign: 'Cramps are waking you on most nights',
    why: 'Cramps this regular are worth a check-up, including a look at medicines and a blood test for minerals, kidney and thyroid.',
    who: 'Your doctor',
  },
  frequent: {
    sign: 'Cramps have been frequent lately',
    why: 'New or frequent cramps are worth a medication review and possibly lab tests (electrolytes, kidney, thyroid).',
    who: 'Your doctor',
  },
  severe: {
    sign: 'Several cramps were severe or long',
    why: 'Severe cramps are worth talking through with a clinician, who can look for a cause.',
    who: 'Your doctor',
  },
  with_signs: {
    sign: 'A cramp came with weakness, numbness, swelling or a colour change',
    why: 'These signs can point to a nerve or circulation problem rather than an ordinary cramp.',
    who: 'Your doctor, soon',
  },
  lingering: {
    sign: 'Pain was still there days later',
    why: 'Pain that does not improve after a few days, or a leg that looks or feels different, should be checked.',
    who: 'Your doctor or a physical therapist',
  },
  walking_pain: {
    sign: 'Leg pain that comes on when walking and eases with rest',
    why: 'This pattern can be a sign of a circulation problem.',
    who: 'Your doctor',
  },
}

export function isSevere(e: FlagEpisode): boolean {
  return (
    e.pain >= RED_FLAG_RULES.severe.pain ||
    e.symptoms.includes('over_10_min') ||
    e.durationBucket === 'over_10m' ||
    (e.durationSec ?? 0) > 600
  )
}

/** Flags raised by one entry on its own (shown on the entry). */
export function episodeFlags(e: FlagEpisode): RedFlagKey[] {
  const keys: RedFlagKey[] = []
  if (
    e.symptoms.some(
      (s) => s === 'weakness' || s === 'numbness' || s === 'swelling' || s === 'skin_colour',
    )
  ) {
    keys.push('with_signs')
  }
  if (e.symptoms.includes('walking_pain')) keys.push('walking_pain')
  if (e.soreness === 3) keys.push('lingering')
  return keys
}

/**
 * Flags for the recent journal as of `today` (a local date). `episodes` may
 * hold any range; only the rule windows are read.
 */
export function journalFlags(
  episodes: FlagEpisode[],
  today: string,
  night: NightWindow,
): RedFlag[] {
  const since = (days: number) => shiftDate(today, -(days - 1))
  const dayOf = (e: FlagEpisode) => localDate(instantOf(e))
  const inLast = (days: number) =>
    episodes.filter((e) => dayOf(e) >= since(days) && dayOf(e) <= today)
  const newestFirst = (xs: FlagEpisode[]) =>
    [...xs].sort((a, b) => b.startedAt - a.startedAt).map((e) => e.id)
  const flags: RedFlag[] = []
  const add = (key: RedFlagKey, hits: FlagEpisode[]) =>
    flags.push({ key, ...TEXT[key], episodeIds: newestFirst(hits) })

  // Last 7 nights: the nights that began on the 7 evenings before today.
  const firstNight = shiftDate(today, -RED_FLAG_RULES.mostNights.nights)
  const nightHits = episodes.filter((e) => {
    const n = crampNight(e, night)
    return n !== null && n >= firstNight && n < today
  })
  const nights = new Set(nightHits.map((e) => crampNight(e, night)))
  if (nights.size >= RED_FLAG_RULES.mostNights.atLeast) add('most_nights', nightHits)

  const month = inLast(RED_FLAG_RULES.recentDays)
  if (month.length >= RED_FLAG_RULES.frequent.atLeast) add('frequent', month)
  const severe = month.filter(isSevere)
  if (severe.length >= RED_FLAG_RULES.severe.atLeast) add('severe', severe)
  for (const key of ['with_signs', 'lingering', 'walking_pain'] as const) {
    const hits = month.filter((e) => episodeFlags(e).includes(key))
    if (hits.length > 0) add(key, hits)
  }
  return flags
}

function instantOf(e: FlagEpisode): LocalInstant {
  return { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
}

/**
 * The night a cramp belongs to: inside the night window, or logged as
 * "asleep" outside it (a late sleep-in counts with the night before, an
 * afternoon nap with the evening after).
 */
export function crampNight(e: FlagEpisode, night: NightWindow): string | null {
  const instant = instantOf(e)
  const inWindow = nightOf(instant, night)
  if (inWindow !== null || e.context !== 'asleep') return inWindow
  const date = localDate(instant)
  return localMinuteOfDay(instant) < 12 * 60 ? shiftDate(date, -1) : date
}

/** CONTENT.md: new, frequent or severe cramps are worth a medication review. */
export function medicationReviewNote(flags: RedFlag[], kinds: MedicationKind[]): string | null {
  const relevant = kinds.filter((k) => k !== 'other')
  if (flags.length === 0 || relevant.length === 0) return null
  return 'You take a medicine (a diuretic, statin or blood-pressure drug) that can contribute to cramps: ask about a medication review.'
}

export function flagText(key: RedFlagKey): Omit<RedFlag, 'key' | 'episodeIds'> {
  return TEXT[key]
}
