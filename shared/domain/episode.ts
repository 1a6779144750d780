import { z } from 'zod'

export const Side = z.enum(['left', 'right', 'both'])
export type Side = z.infer<typeof Side>

export const Muscle = z.enum(['hamstring', 'calf', 'foot', 'thigh_front', 'other'])
export type Muscle = z.infer<typeof Muscle>

export const CrampContext = z.enum(['asleep', 'resting', 'standing', 'exercise', 'after_exercise'])
export type CrampContext = z.infer<typeof CrampContext>

/** The suspected triggers, keyed as in CONTENT.md. */
export const Trigger = z.enum([
  'fatigue',
  'too_much_too_fast',
  'dehydration',
  'electrolytes',
  'tight_muscles',
  'heat',
  'medication',
  'sleep_position',
  'medical_condition',
])
export type Trigger = z.infer<typeof Trigger>

export const Relief = z.enum([
  'stretch',
  'massage',
  'heat',
  'ice',
  'water',
  'walking',
  'pain_reliever',
])
export type Relief = z.infer<typeof Relief>

/** Signs that came with a cramp; most are red flags (see red-flags.ts). */
export const Symptom = z.enum([
  'weakness',
  'numbness',
  'swelling',
  'skin_colour',
  'walking_pain',
  'over_10_min',
])
export type Symptom = z.infer<typeof Symptom>

export const DurationBucket = z.enum(['under_30s', '30s_2m', '2_10m', 'over_10m'])
export type DurationBucket = z.infer<typeof DurationBucket>

export const LoggedVia = z.enum(['cramp_now', 'form', 'tray', 'import'])
export type LoggedVia = z.infer<typeof LoggedVia>

/** UTC epoch ms between 1970 and 2200: far enough for any real journal. */
export const EpochMs = z.number().int().min(0).max(7_258_118_400_000)
/** Real-world offsets run from -12:00 to +14:00. */
export const UtcOffset = z.number().int().min(-720).max(840)
export const Pain = z.number().int().min(0).max(10)
export const Soreness = z.number().int().min(0).max(3)
export const Notes = z.string().max(5000, 'Notes can be up to 5,000 characters')
export const EntryId = z.uuid()

/** Unique members only, so "stretch, stretch" cannot be stored. */
function set<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .max(20)
    .refine((xs) => new Set(xs).size === xs.length, 'Each choice can be picked once')
}

/** Everything the user can enter about a cramp. */
export const EpisodeFields = z.strictObject({
  startedAt: EpochMs,
  utcOffsetMin: UtcOffset,
  /** Exact length in seconds when measured or typed; null when only a bucket is known. */
  durationSec: z
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .nullable(),
  durationBucket: DurationBucket.nullable(),
  side: Side,
  muscle: Muscle,
  pain: Pain,
  context: CrampContext,
  triggers: set(Trigger),
  relief: set(Relief),
  reliefBest: Relief.nullable(),
  symptoms: set(Symptom),
  soreness: Soreness.nullable(),
  /**
   * Noted afterwards: the leg looks or feels different (red-flag rule 3).
   * Defaults to false so entries and files from before it existed still read.
   */
  legChanged: z.boolean().default(false),
  notes: Notes,
})
export type EpisodeFields = z.infer<typeof EpisodeFields>

/** Cross-field rules, applied to new entries, edits and imports alike. */
function checkReliefBest(
  e: Pick<EpisodeFields, 'relief' | 'reliefBest'>,
  ctx: z.RefinementCtx,
): void {
  if (e.reliefBest !== null && !e.relief.includes(e.reliefBest)) {
    ctx.addIssue({
      code: 'custom',
      path: ['reliefBest'],
      message: 'Pick what helped most from the relief you used',
    })
  }
}

export const EpisodeInput = EpisodeFields.superRefine(checkReliefBest)
export type EpisodeInput = z.infer<typeof EpisodeInput>

export const Episode = EpisodeFields.extend({
  id: EntryId,
  loggedVia: LoggedVia,
  createdAt: EpochMs,
  updatedAt: EpochMs,
})
export type Episode = z.infer<typeof Episode>

/** A stored episode as read from a file: the same cross-field rules as input. */
export const CheckedEpisode = Episode.superRefine(checkReliefBest)

/** The bucket an exact duration falls into. */
export function bucketFor(seconds: number): DurationBucket {
  if (seconds < 30) return 'under_30s'
  if (seconds <= 120) return '30s_2m'
  if (seconds <= 600) return '2_10m'
  return 'over_10m'
}

/** A cramp's optional details, none filled in: a quick log leaves them for a later edit. */
export function noCrampDetails(): Pick<
  EpisodeInput,
  'triggers' | 'relief' | 'reliefBest' | 'symptoms' | 'soreness' | 'legChanged' | 'notes'
> {
  return {
    triggers: [],
    relief: [],
    reliefBest: null,
    symptoms: [],
    soreness: null,
    legChanged: false,
    notes: '',
  }
}
