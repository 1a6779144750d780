import type { Relief, Trigger } from '../episode'
import type { FactorKey } from './types'

/** Lower-case phrases for summary sentences ("…was suspected most often"). */
export const triggerPhrase: Record<Trigger, string> = {
  fatigue: 'tired or overworked muscles',
  too_much_too_fast: 'doing more than usual',
  dehydration: 'not enough to drink',
  electrolytes: 'low salts or minerals',
  tight_muscles: 'tight muscles or no warm-up',
  heat: 'heat or heavy sweating',
  medication: 'a medicine',
  sleep_position: 'sleeping position',
  medical_condition: 'a health condition',
}

export const reliefPhrase: Record<Relief, string> = {
  stretch: 'stretching',
  massage: 'massage',
  heat: 'heat',
  ice: 'ice',
  water: 'water or electrolytes',
  walking: 'walking it off',
  pain_reliever: 'a pain reliever',
}

/** Card labels and the "days with…" phrase for each factor. */
export const factorText: Record<FactorKey, { label: string; days: string }> = {
  bedtime_stretch: { label: 'Bedtime stretch', days: 'days with a bedtime stretch' },
  warm_up: { label: 'Warm-up before exercise', days: 'exercise days with a warm-up' },
  water_at_target: { label: 'Water at target', days: 'days with water at your target' },
  hard_or_new_exercise: { label: 'Hard or new exercise', days: 'days with hard or new exercise' },
  hot_conditions: { label: 'Hot conditions', days: 'days exercising in the heat' },
  caffeine_above_usual: {
    label: 'More caffeine than usual',
    days: 'days with more caffeine than usual',
  },
  long_sitting: { label: 'Long sitting', days: 'days sitting 8 hours or more' },
}
