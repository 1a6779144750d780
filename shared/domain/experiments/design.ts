import { z } from 'zod'

/**
 * An N-of-1 experiment's design (CONTENT.md, "Personal experiments"): an
 * optional baseline week, then 3-4 pairs of periods of 7 or 14 nights, the
 * order inside each pair drawn at random, the first 1-2 nights of every
 * period a washout that is not analysed.
 */
export const ExperimentHabit = z.enum([
  'bedtime-stretch',
  'warm-up',
  'water-target',
  'electrolyte-snack',
  'looser-bedding',
  'custom',
])
export type ExperimentHabit = z.infer<typeof ExperimentHabit>

export const ExperimentDesign = z.strictObject({
  pairs: z.union([z.literal(3), z.literal(4)]),
  periodNights: z.union([z.literal(7), z.literal(14)]),
  washoutNights: z.union([z.literal(1), z.literal(2)]),
  baseline: z.boolean(),
})
export type ExperimentDesign = z.infer<typeof ExperimentDesign>

export const DEFAULT_DESIGN: ExperimentDesign = {
  pairs: 4,
  periodNights: 7,
  washoutNights: 2,
  baseline: false,
}

export const BASELINE_NIGHTS = 7

export const Arm = z.enum(['on', 'off'])
export type Arm = z.infer<typeof Arm>

/** One period of the locked schedule; nights are counted from the experiment's first night (0). */
export const Period = z.strictObject({
  pair: z.number().int().min(0).max(3),
  arm: Arm,
  firstNight: z.number().int().min(0),
  nights: z.number().int().min(1),
})
export type Period = z.infer<typeof Period>

/** Every night the experiment runs: baseline (if any) plus both periods of every pair. */
export function totalNights(design: ExperimentDesign): number {
  return (design.baseline ? BASELINE_NIGHTS : 0) + design.pairs * 2 * design.periodNights
}

/** The number of random bytes a schedule draw uses: one per pair. */
export const SEED_BYTES = 16

/**
 * The schedule a seed gives: pair i puts ON first when the low bit of
 * seed byte i is 1. Deterministic, so anyone holding the stored seed can
 * redraw the schedule and check it against the stored hash.
 */
export function scheduleFromSeed(design: ExperimentDesign, seed: Uint8Array): Period[] {
  if (seed.length < design.pairs) throw new Error('The seed is too short for this design.')
  const periods: Period[] = []
  let night = design.baseline ? BASELINE_NIGHTS : 0
  for (let pair = 0; pair < design.pairs; pair++) {
    const onFirst = ((seed[pair] ?? 0) & 1) === 1
    for (const arm of onFirst ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      periods.push({ pair, arm, firstNight: night, nights: design.periodNights })
      night += design.periodNights
    }
  }
  return periods
}

/** The schedule's content as one canonical string: what the lock's hash is taken over. */
export function scheduleContent(design: ExperimentDesign, periods: readonly Period[]): string {
  const lines = periods.map((p) => `${p.pair}:${p.arm}:${p.firstNight}:${p.nights}`)
  return [
    `pairs=${design.pairs}`,
    `periodNights=${design.periodNights}`,
    `washout=${design.washoutNights}`,
    `baseline=${design.baseline}`,
    ...lines,
  ].join('\n')
}

/** What night `night` is: baseline, or which period and whether it is a washout night. */
export type NightRole =
  { kind: 'baseline' } | { kind: 'period'; period: Period; washout: boolean } | { kind: 'outside' }

export function nightRole(
  design: ExperimentDesign,
  periods: readonly Period[],
  night: number,
): NightRole {
  if (design.baseline && night >= 0 && night < BASELINE_NIGHTS) return { kind: 'baseline' }
  const period = periods.find((p) => night >= p.firstNight && night < p.firstNight + p.nights)
  if (!period) return { kind: 'outside' }
  return { kind: 'period', period, washout: night - period.firstNight < design.washoutNights }
}
