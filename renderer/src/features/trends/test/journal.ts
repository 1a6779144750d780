import { shiftDate } from '@shared/domain/local-time'
import type { ExerciseSession } from '@shared/domain/checkin'
import type { TestBridge } from '@renderer/test/test-bridge'

/** Main's "now" for the Trends and Insights tests: Tuesday 10 March 2026, noon UTC. */
export const INSIGHTS_NOW = Date.parse('2026-03-10T12:00:00Z')
const TODAY = '2026-03-10'

const tennisInTheHeat: ExerciseSession = {
  type: 'Tennis',
  minutes: 40,
  effort: 3,
  hardOrNew: false,
  warmedUp: true,
  cooledDown: true,
  hot: true,
}

/**
 * Sixty days of check-ins before today, stored through main, with a night
 * cramp (03:00, asleep) after 16 of them:
 * - a bedtime stretch on every other day: 2 of those 30 nights had a cramp, 14 of the other 30;
 * - water at the 2,000 ml target on 42 days (8 cramp nights) and under it on 18 (8);
 * - tennis in the heat on 3 days, none followed by a cramp;
 * - no electrolyte-rich food on the days around each cramp night, some on every other day.
 * Few enough lately (6 in the last 30 days) that no warning sign shows.
 */
export function sixtyCheckedInDays(bridge: TestBridge): void {
  const stretchedCrampNights = [37, 51]
  const otherCrampNights = [8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]
  const crampNights = new Set([...stretchedCrampNights, ...otherCrampNights])
  const underTarget = new Set([12, 20, 28, 36, 44, 51, 52, 60, 5, 9, 13, 17, 25, 33, 41, 49, 55, 58])
  const hot = new Set([3, 43, 45])
  for (let daysAgo = 1; daysAgo <= 60; daysAgo++) {
    const date = shiftDate(TODAY, -daysAgo)
    const aroundCramp = crampNights.has(daysAgo) || crampNights.has(daysAgo + 1)
    bridge.addCheckIn({
      date,
      stretchedBeforeBed: daysAgo % 2 === 1,
      waterMl: underTarget.has(daysAgo) ? 1500 : 2500,
      electrolytes: aroundCramp ? [] : ['potassium'],
      exercise: hot.has(daysAgo) ? [tennisInTheHeat] : [],
    })
    if (crampNights.has(daysAgo)) {
      const startedAt = Date.parse(`${shiftDate(date, 1)}T03:00:00Z`)
      bridge.addCramp({ startedAt, context: 'asleep' })
    }
  }
}
