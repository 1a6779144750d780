import { shiftDate } from '@shared/domain/local-time'
import type { ExerciseSession } from '@shared/domain/checkin'
import type { EpisodeInput } from '@shared/domain/episode'
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
  const underTarget = new Set([
    12, 20, 28, 36, 44, 51, 52, 60, 5, 9, 13, 17, 25, 33, 41, 49, 55, 58,
  ])
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

type Planned = [
  daysAgo: number,
  time: string,
  context: EpisodeInput['context'],
  triggers: EpisodeInput['triggers'],
  relief: EpisodeInput['relief'],
  best: EpisodeInput['reliefBest'],
]

/**
 * Twelve cramps over the four weeks before INSIGHTS_NOW, stored through
 * main: seven at night (four from 2 a.m.), tired muscles suspected five
 * times and thirst twice, stretching tried nine times and best six times,
 * heat tried three times and best once; and the bedtime stretch done on
 * three evenings.
 */
export function twelveCramps(bridge: TestBridge): void {
  const plan: Planned[] = [
    [1, '02:30', 'asleep', ['fatigue'], ['stretch'], 'stretch'],
    [3, '03:10', 'asleep', ['fatigue'], ['stretch', 'heat'], 'stretch'],
    [5, '02:50', 'asleep', ['dehydration'], ['stretch'], 'stretch'],
    [8, '03:20', 'asleep', [], ['stretch'], 'stretch'],
    [10, '18:15', 'exercise', ['fatigue'], ['stretch', 'heat'], 'heat'],
    [12, '02:10', 'asleep', [], ['stretch'], 'stretch'],
    [15, '12:30', 'resting', ['dehydration'], [], null],
    [17, '03:40', 'asleep', ['fatigue'], ['stretch'], 'stretch'],
    [19, '12:10', 'resting', [], [], null],
    [21, '02:20', 'asleep', ['fatigue'], ['stretch', 'heat'], null],
    [24, '18:40', 'exercise', [], ['stretch'], null],
    [26, '12:50', 'resting', [], [], null],
  ]
  for (const [daysAgo, time, context, triggers, relief, reliefBest] of plan) {
    const startedAt = Date.parse(`${shiftDate(TODAY, -daysAgo)}T${time}:00Z`)
    bridge.addCramp({ startedAt, context, triggers, relief, reliefBest })
  }
  bedtimeEvenings(bridge, 2, 4, 6)
}

/**
 * For the clinician's report, the 30 days before INSIGHTS_NOW: six night
 * cramps (stretching tried on five, best on four), three severe ones in the
 * afternoon (pain 9; 1 min 35 s, 7 min and 1 min, one noted "After the
 * long hike"), a statin, and the bedtime stretch done on three evenings.
 */
export function reportMonth(bridge: TestBridge): void {
  const day = (daysAgo: number, time: string) =>
    Date.parse(`${shiftDate(TODAY, -daysAgo)}T${time}:00Z`)
  for (const [i, daysAgo] of [1, 3, 5, 8, 12, 17].entries()) {
    bridge.addCramp({
      startedAt: day(daysAgo, '02:40'),
      context: 'asleep',
      triggers: i < 3 ? ['fatigue'] : [],
      relief: i < 5 ? ['stretch'] : [],
      reliefBest: i < 4 ? 'stretch' : null,
    })
  }
  for (const [daysAgo, durationSec] of [
    [7, 95],
    [11, 420],
    [14, 60],
  ] as const) {
    bridge.addCramp({
      startedAt: day(daysAgo, '16:00'),
      pain: 9,
      durationSec,
      durationBucket: null,
      notes: daysAgo === 7 ? 'After the long hike' : '',
    })
  }
  bridge.addMedication({ name: 'Atorvastatin', kind: 'statin', startedOn: '2025-09-01' })
  bedtimeEvenings(bridge, 2, 4, 6)
}

/** The whole bedtime stretch at 21:30 on each of these evenings before TODAY. */
function bedtimeEvenings(bridge: TestBridge, ...daysAgo: number[]): void {
  for (const ago of daysAgo) {
    const startedAt = Date.parse(`${shiftDate(TODAY, -ago)}T21:30:00Z`)
    bridge.services.routines.recordSession({
      routineId: 'builtin-bedtime',
      routineName: 'Bedtime stretch',
      routineKind: 'bedtime',
      startedAt,
      endedAt: startedAt + 4 * 60_000,
      utcOffsetMin: 0,
      status: 'completed',
      requiredDone: true,
      steps: [],
      source: 'routines',
    })
  }
}
