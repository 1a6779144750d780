import { type DayRecord, hardDay } from '../days'
import { percent } from '../text'
import type { Pattern } from '../types'
import { MIN_CHECKIN_DAYS, MIN_CRAMPS, type PatternInput } from './input'
import { PATTERN_PLANS } from './plans'

/** "Much coffee": this many caffeinated drinks in a day. */
export const MUCH_CAFFEINE = 4
/** Share of cramp days that were low-intake days. */
export const LOW_INTAKE_SHARE = 0.75
/** Cramp days with hard exercise or poor sleep must stay under this share ("no change"). */
export const OTHER_CAUSE_SHARE = 0.25

function lowIntake(d: DayRecord, targetMl: number): boolean {
  return d.waterMl < targetMl || d.electrolyteGroups === 0 || d.caffeineDrinks >= MUCH_CAFFEINE
}

/** Cramps on low-water, low-electrolyte or high-caffeine days, without hard training or poor sleep. */
export function hydrationNutrition(input: PatternInput): Pattern | null {
  const { days, waterTargetMl } = input
  const crampDays = days.filter((d) => d.crampsToday > 0 || d.crampNight)
  if (days.length < MIN_CHECKIN_DAYS || crampDays.length < MIN_CRAMPS) return null
  const low = crampDays.filter((d) => lowIntake(d, waterTargetMl))
  const other = crampDays.filter(
    (d) => hardDay(d) || (d.sleepQuality !== null && d.sleepQuality <= 2),
  )
  if (low.length < crampDays.length * LOW_INTAKE_SHARE) return null
  if (other.length >= crampDays.length * OTHER_CAUSE_SHARE) return null
  const n = crampDays.length
  const belowWater = crampDays.filter((d) => d.waterMl < waterTargetMl).length
  const noFood = crampDays.filter((d) => d.electrolyteGroups === 0).length
  const coffee = crampDays.filter((d) => d.caffeineDrinks >= MUCH_CAFFEINE).length
  return {
    id: 'hydration_nutrition',
    title: PATTERN_PLANS.hydration_nutrition.title,
    rule: `At least ${percent(LOW_INTAKE_SHARE, 1)}% of your cramp days (day or night after) had water under your target, no electrolyte-rich food or ${MUCH_CAFFEINE}+ caffeinated drinks, and fewer than ${percent(OTHER_CAUSE_SHARE, 1)}% had hard exercise or poor sleep (last 8 weeks).`,
    evidence: [
      { label: 'Cramp days with low water, food or much caffeine', value: `${low.length} of ${n}` },
      { label: 'Water under target', value: `${belowWater} of ${n} cramp days` },
      { label: 'No electrolyte-rich food', value: `${noFood} of ${n} cramp days` },
      { label: `${MUCH_CAFFEINE}+ caffeinated drinks`, value: `${coffee} of ${n} cramp days` },
    ],
    plan: PATTERN_PLANS.hydration_nutrition.plan,
    actions: PATTERN_PLANS.hydration_nutrition.actions,
  }
}
