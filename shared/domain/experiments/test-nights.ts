import type { NightObservation } from './analysis'
import type { Period } from './design'

/** Nights for tests: `cramps(night, period)` answers each night; the habit is done exactly on ON nights. */
export function nightsFor(
  periods: readonly Period[],
  cramps: (night: number, period: Period) => number | null,
): NightObservation[] {
  return periods.flatMap((period) =>
    Array.from({ length: period.nights }, (_, i) => {
      const night = period.firstNight + i
      return { night, cramps: cramps(night, period), done: period.arm === 'on' }
    }),
  )
}
