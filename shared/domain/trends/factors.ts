import { factorText } from './labels'
import { count, percent } from './text'
import { type DayRecord, hardDay } from './days'
import type { FactorEffect, FactorKey, FactorSide, Strength } from './types'

/** Each side needs this many days before the comparison gets a strength label. */
export const MIN_DAYS_PER_SIDE = 7
/** Sitting this many hours or more counts as a long-sitting day. */
export const LONG_SITTING_HOURS = 8

interface Split {
  /** Days the factor can apply to (warm-up: exercise days only). */
  applies: (d: DayRecord) => boolean
  has: (d: DayRecord) => boolean
}

function splits(days: DayRecord[], waterTargetMl: number): Record<FactorKey, Split> {
  const usual = median(days.map((d) => d.caffeineDrinks))
  const always = () => true
  return {
    bedtime_stretch: { applies: always, has: (d) => d.bedtimeStretch },
    warm_up: {
      applies: (d) => d.exercise.length > 0,
      has: (d) => d.warmUpRoutine || d.exercise.every((e) => e.warmedUp),
    },
    water_at_target: { applies: always, has: (d) => d.waterMl >= waterTargetMl },
    hard_or_new_exercise: { applies: always, has: hardDay },
    hot_conditions: { applies: always, has: (d) => d.exercise.some((e) => e.hot) },
    caffeine_above_usual: { applies: always, has: (d) => d.caffeineDrinks > usual },
    long_sitting: { applies: always, has: (d) => d.sittingHours >= LONG_SITTING_HOURS },
  }
}

/**
 * The rate of cramp nights after days with vs without each factor. A ratio
 * and a strength appear only once both sides have enough days; the text
 * reports what went together, never what caused what.
 */
export function factorEffects(days: DayRecord[], waterTargetMl: number): FactorEffect[] {
  const all = splits(days, waterTargetMl)
  return (Object.keys(all) as FactorKey[]).map((factor) => {
    const { applies, has } = all[factor]
    const pool = days.filter(applies)
    const side = (xs: DayRecord[]): FactorSide => ({
      days: xs.length,
      crampNights: xs.filter((d) => d.crampNight).length,
    })
    return effect(factor, side(pool.filter(has)), side(pool.filter((d) => !has(d))))
  })
}

export function effect(factor: FactorKey, w: FactorSide, wo: FactorSide): FactorEffect {
  const enough = w.days >= MIN_DAYS_PER_SIDE && wo.days >= MIN_DAYS_PER_SIDE
  const daysNeeded =
    Math.max(0, MIN_DAYS_PER_SIDE - w.days) + Math.max(0, MIN_DAYS_PER_SIDE - wo.days)
  const rateW = w.days > 0 ? w.crampNights / w.days : 0
  const rateWo = wo.days > 0 ? wo.crampNights / wo.days : 0
  const rateRatio = enough && rateWo > 0 ? round2(rateW / rateWo) : null
  const direction = !enough ? null : rateW < rateWo ? 'fewer' : rateW > rateWo ? 'more' : 'same'
  return {
    factor,
    label: factorText[factor].label,
    with: w,
    without: wo,
    rateRatio,
    direction,
    strength: enough ? strengthOf(w, wo) : null,
    daysNeeded,
    text: describe(factor, w, wo, enough, daysNeeded),
  }
}

/**
 * How far apart the two rates are. Half a night is added to each count so a
 * side with no cramp nights yet does not read as an infinite difference.
 */
export function strengthOf(w: FactorSide, wo: FactorSide): Strength {
  const ratio = (w.crampNights + 0.5) / (w.days + 0.5) / ((wo.crampNights + 0.5) / (wo.days + 0.5))
  const distance = Math.abs(Math.log(ratio))
  if (distance < Math.log(1.25)) return 'little'
  if (distance < Math.log(2)) return 'some'
  return 'clear'
}

function describe(
  factor: FactorKey,
  w: FactorSide,
  wo: FactorSide,
  enough: boolean,
  needed: number,
): string {
  const days = factorText[factor].days
  const facts = `Cramp nights followed ${w.crampNights} of ${w.days} ${days} (${percent(w.crampNights, w.days)}%) and ${wo.crampNights} of ${count(wo.days, 'other day')} (${percent(wo.crampNights, wo.days)}%).`
  if (enough) return facts
  return `Not enough days to compare yet: ${count(needed, 'more day')} of check-ins needed (at least ${MIN_DAYS_PER_SIDE} on each side). So far: ${w.days} ${days}, ${wo.days} other days.`
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}
