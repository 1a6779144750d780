import { factorText } from './labels'
import { excludesOne, rateRatio } from './rate-ratio'
import { count, percent } from './text'
import { type DayRecord, hardDay } from './days'
import type { FactorEffect, FactorKey, FactorSide, RatioInterval, Strength } from './types'

/** Each side needs this many days before the two rates are compared at all. */
export const MIN_DAYS_PER_SIDE = 7
/**
 * A difference is called clear only with this many cramp nights in all:
 * fewer cannot separate a habit from a run of luck, whatever the interval.
 */
export const MIN_CRAMP_NIGHTS = 5
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
 * The rate of cramp nights after days with vs without each factor. A ratio,
 * its interval and a strength appear only once both sides have enough days;
 * the text reports what went together, never what caused what.
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
  const rates = rateRatio(w.crampNights, w.days, wo.crampNights, wo.days)
  const rateW = w.days > 0 ? w.crampNights / w.days : 0
  const rateWo = wo.days > 0 ? wo.crampNights / wo.days : 0
  const direction = !enough ? null : rateW < rateWo ? 'fewer' : rateW > rateWo ? 'more' : 'same'
  const interval: RatioInterval | null = enough
    ? { low: round2(rates.low), high: Number.isFinite(rates.high) ? round2(rates.high) : null }
    : null
  const strength = enough ? strengthOf(w, wo, rates) : null
  return {
    factor,
    label: factorText[factor].label,
    with: w,
    without: wo,
    rateRatio: enough && rates.ratio !== null ? round2(rates.ratio) : null,
    direction,
    interval,
    strength,
    daysNeeded,
    text: describe(factor, w, wo, interval, strength, daysNeeded),
  }
}

/**
 * "Clear" only when the exact 95% interval of the rate ratio leaves out 1
 * and there are enough cramp nights in all; anything else could be chance.
 */
export function strengthOf(
  w: FactorSide,
  wo: FactorSide,
  rates = rateRatio(w.crampNights, w.days, wo.crampNights, wo.days),
): Strength {
  if (w.crampNights + wo.crampNights < MIN_CRAMP_NIGHTS) return 'could_be_chance'
  return excludesOne(rates) ? 'clear' : 'could_be_chance'
}

function describe(
  factor: FactorKey,
  w: FactorSide,
  wo: FactorSide,
  interval: RatioInterval | null,
  strength: Strength | null,
  needed: number,
): string {
  const days = factorText[factor].days
  if (interval === null || strength === null) {
    return `Not enough days to compare yet: ${count(needed, 'more day')} of check-ins needed (at least ${MIN_DAYS_PER_SIDE} on each side). So far: ${w.days} ${days}, ${wo.days} other days.`
  }
  const facts = `Cramp nights followed ${w.crampNights} of ${w.days} ${days} (${percent(w.crampNights, w.days)}%) and ${wo.crampNights} of ${count(wo.days, 'other day')} (${percent(wo.crampNights, wo.days)}%).`
  const nights = w.crampNights + wo.crampNights
  if (nights < MIN_CRAMP_NIGHTS) {
    return `${facts} With ${count(nights, 'cramp night')} in all, too few to tell a difference from chance.`
  }
  const range = `${ratioText(interval.low)} to ${interval.high === null ? 'no upper limit' : ratioText(interval.high)}`
  return strength === 'clear'
    ? `${facts} The 95% interval of the ratio (${range}) leaves out 1: a clear difference.`
    : `${facts} The 95% interval of the ratio (${range}) includes 1: this could be chance.`
}

/** Two decimals below 10, whole numbers above: enough for a ratio's size. */
export function ratioText(n: number): string {
  return n < 10 ? n.toFixed(2) : String(Math.round(n))
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
