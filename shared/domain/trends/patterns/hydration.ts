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
/**
 * Low intake must be this much more common on cramp days than on the other
 * checked-in days (share points), with at least MIN_OTHER_DAYS of those: a
 * habit shared by every day says nothing about the cramp days.
 */
export const LOW_INTAKE_GAP = 0.25
export const MIN_OTHER_DAYS = 7

function lowIntake(d: DayRecord, targetMl: number): boolean {
  return d.waterMl < targetMl || d.electrolyteGroups === 0 || d.caffeineDrinks >= MUCH_CAFFEINE
}

/**
 * Cramps on low-water, low-electrolyte or high-caffeine days, without hard
 * training or poor sleep, and low intake clearly more common on cramp days
 * than on the other days checked in.
 */
export function hydrationNutrition(input: PatternInput): Pattern | null {
  const { days, waterTargetMl } = input
  const isCrampDay = (d: DayRecord) => d.crampsToday > 0 || d.crampNight
  const crampDays = days.filter(isCrampDay)
  const otherDays = days.filter((d) => !isCrampDay(d))
  if (days.length < MIN_CHECKIN_DAYS || crampDays.length < MIN_CRAMPS) return null
  if (otherDays.length < MIN_OTHER_DAYS) return null
  const low = crampDays.filter((d) => lowIntake(d, waterTargetMl))
  const lowOther = otherDays.filter((d) => lowIntake(d, waterTargetMl))
  const otherCause = crampDays.filter(
    (d) => hardDay(d) || (d.sleepQuality !== null && d.sleepQuality <= 2),
  )
  if (low.length < crampDays.length * LOW_INTAKE_SHARE) return null
  if (otherCause.length >= crampDays.length * OTHER_CAUSE_SHARE) return null
  if (low.length / crampDays.length - lowOther.length / otherDays.length < LOW_INTAKE_GAP)
    return null
  const n = crampDays.length
  const belowWater = crampDays.filter((d) => d.waterMl < waterTargetMl).length
  const noFood = crampDays.filter((d) => d.electrolyteGroups === 0).length
  const coffee = crampDays.filter((d) => d.caffeineDrinks >= MUCH_CAFFEINE).length
  return {
    id: 'hydration_nutrition',
    title: PATTERN_PLANS.hydration_nutrition.title,
    rule: `At least ${percent(LOW_INTAKE_SHARE, 1)}% of your cramp days (day or night after) had water under your target, no electrolyte-rich food or ${MUCH_CAFFEINE}+ caffeinated drinks, at least ${percent(LOW_INTAKE_GAP, 1)} points more than your other checked-in days, and fewer than ${percent(OTHER_CAUSE_SHARE, 1)}% had hard exercise or poor sleep (last 8 weeks). This shows what went together, not what caused what.`,
    evidence: [
      {
        label: 'Cramp days with low water, food or much caffeine',
        value: `${low.length} of ${n} (${percent(low.length, n)}%)`,
      },
      {
        label: 'Other days with low water, food or much caffeine',
        value: `${lowOther.length} of ${otherDays.length} (${percent(lowOther.length, otherDays.length)}%)`,
      },
      { label: 'Water under target', value: `${belowWater} of ${n} cramp days` },
      { label: 'No electrolyte-rich food', value: `${noFood} of ${n} cramp days` },
      { label: `${MUCH_CAFFEINE}+ caffeinated drinks`, value: `${coffee} of ${n} cramp days` },
    ],
    plan: PATTERN_PLANS.hydration_nutrition.plan,
    actions: PATTERN_PLANS.hydration_nutrition.actions,
  }
}
