import type {
  CrampContext,
  DurationBucket,
  Muscle,
  Relief,
  Side,
  Symptom,
  Trigger,
} from '@shared/domain/episode'
import type { RedFlagKey } from '@shared/domain/red-flags'

// Type-only imports: the lists below are the renderer's own wording for the
// domain's keys, and `satisfies` keeps them complete without shipping zod.

export interface Option<T extends string> {
  value: T
  label: string
  hint?: string
}

export const sideOptions = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
] as const satisfies readonly Option<Side>[]

export const muscleOptions = [
  { value: 'hamstring', label: 'Hamstring', hint: 'back of the thigh' },
  { value: 'calf', label: 'Calf' },
  { value: 'foot', label: 'Foot' },
  { value: 'thigh_front', label: 'Front of thigh' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly Option<Muscle>[]

export const contextOptions = [
  { value: 'asleep', label: 'Asleep' },
  { value: 'resting', label: 'Resting or sitting' },
  { value: 'standing', label: 'Standing' },
  { value: 'exercise', label: 'During exercise' },
  { value: 'after_exercise', label: 'Within a day after exercise' },
] as const satisfies readonly Option<CrampContext>[]

/** Every CONTENT.md trigger key, in plain words. */
export const triggerOptions = [
  {
    value: 'fatigue',
    label: 'Tired or overworked muscles',
    hint: 'sprints, hills, heavy squats, long rides',
  },
  {
    value: 'too_much_too_fast',
    label: 'More than I’m used to',
    hint: 'a big effort after a quiet spell',
  },
  { value: 'dehydration', label: 'Not enough to drink', hint: 'dark urine, dry mouth, dizziness' },
  {
    value: 'electrolytes',
    label: 'Low on salts or minerals',
    hint: 'heavy sweating, illness, diet, water pills',
  },
  {
    value: 'tight_muscles',
    label: 'Tight muscles or no warm-up',
    hint: 'straight from the desk to a sprint',
  },
  { value: 'heat', label: 'Heat or heavy sweating' },
  {
    value: 'medication',
    label: 'A medicine I take',
    hint: 'water pills, statins, some blood-pressure drugs',
  },
  {
    value: 'sleep_position',
    label: 'Sleeping position',
    hint: 'legs bent or toes pointed under tight bedding',
  },
  {
    value: 'medical_condition',
    label: 'A health condition I have',
    hint: 'circulation, nerves, kidney, thyroid, diabetes',
  },
] as const satisfies readonly Option<Trigger>[]

export const reliefOptions = [
  { value: 'stretch', label: 'Stretching' },
  { value: 'massage', label: 'Massage' },
  { value: 'heat', label: 'Heat' },
  { value: 'ice', label: 'Ice' },
  { value: 'water', label: 'Water or electrolytes' },
  { value: 'walking', label: 'Walking it off' },
  { value: 'pain_reliever', label: 'A pain reliever' },
] as const satisfies readonly Option<Relief>[]

export const symptomOptions = [
  { value: 'weakness', label: 'Weakness in the leg' },
  { value: 'numbness', label: 'Numbness' },
  { value: 'swelling', label: 'Swelling' },
  { value: 'skin_colour', label: 'Skin colour change' },
  { value: 'walking_pain', label: 'Pain when walking that eases with rest' },
  { value: 'over_10_min', label: 'Lasted over 10 minutes' },
] as const satisfies readonly Option<Symptom>[]

export const bucketOptions = [
  { value: 'under_30s', label: 'Under 30 s' },
  { value: '30s_2m', label: '30 s – 2 min' },
  { value: '2_10m', label: '2 – 10 min' },
  { value: 'over_10m', label: 'Over 10 min' },
] as const satisfies readonly Option<DurationBucket>[]

export const sorenessOptions = [
  { value: '', label: 'Not yet' },
  { value: '0', label: 'Not sore' },
  { value: '1', label: 'A little sore' },
  { value: '2', label: 'Sore' },
  { value: '3', label: 'Still sore days later' },
] as const satisfies readonly Option<string>[]

/** One box: ticked when the leg looks or feels different since the cramp. */
export const legChangedOptions = [
  { value: 'yes', label: 'The leg looks or feels different' },
] as const satisfies readonly Option<'yes'>[]

/** Short names for an entry's own red flags, as badges. */
export const flagBadges: Record<RedFlagKey, string> = {
  with_signs: 'Came with other signs',
  walking_pain: 'Pain on walking',
  lingering: 'Still sore days later',
  most_nights: 'Most nights',
  frequent: 'Frequent',
  severe: 'Severe',
}

export function labelOf<T extends string>(options: readonly Option<T>[], value: T): string {
  return options.find((o) => o.value === value)?.label ?? value
}
