import type { Page } from '@playwright/test'
import type { Channel } from '../../shared/contract'
import { callAll, checkIn, episode, localDay, localTime } from './journal-data'

/**
 * A journal with eight weeks of daily check-ins and a run of night cramps:
 * enough for the charts, the factor effects and the "3 a.m. ambush" and
 * hydration patterns. Known totals, so specs can look for them:
 * - last 30 days: 9 cramps (7 at night), peak pain 8;
 * - days 31 to 56 ago: 5 more cramps, all at night.
 */
export const SEEDED = {
  last30: { cramps: 9, night: 7, peakPain: 8 },
  all: { cramps: 14 },
} as const

export async function seedTrendsJournal(page: Page): Promise<void> {
  const calls: [Channel, unknown][] = [['settings:update', { welcomeDone: true }]]
  const nights = [-1, -3, -6, -9, -13, -17, -24]
  for (const [i, day] of nights.entries()) {
    calls.push([
      'journal:create',
      {
        episode: episode(localTime(day, '03:10'), {
          context: 'asleep',
          pain: i === 2 ? 8 : 5 + (i % 3),
          triggers: i % 2 === 0 ? ['dehydration'] : ['tight_muscles'],
          relief: ['stretch', 'massage'],
          reliefBest: 'stretch',
          notes: i === 0 ? 'Woke at three again, calf and hamstring' : '',
        }),
      },
    ])
  }
  for (const day of [-5, -20]) {
    calls.push([
      'journal:create',
      {
        episode: episode(localTime(day, '18:20'), {
          context: 'exercise',
          pain: 4,
          triggers: ['fatigue'],
          relief: ['walking'],
          reliefBest: 'walking',
        }),
      },
    ])
  }
  for (const day of [-33, -38, -42, -47, -52]) {
    calls.push([
      'journal:create',
      { episode: episode(localTime(day, '02:40'), { context: 'asleep', pain: 6 }) },
    ])
  }
  // Low water and no electrolyte-rich food on the days that went with a cramp
  // (a night cramp belongs to the evening before too), enough of both on the
  // others: the hydration pattern compares the two.
  const nightDays = [...nights, -33, -38, -42, -47, -52]
  const lowWater = new Set([...nightDays, ...nightDays.map((d) => d - 1), -5, -20])
  for (let day = 0; day >= -56; day--) {
    calls.push([
      'checkins:save',
      checkIn(localDay(day), {
        waterMl: lowWater.has(day) ? 1000 : 2000,
        // Intake counts as low with no electrolyte-rich food too, so the
        // other days have some.
        electrolytes: lowWater.has(day) ? [] : ['potassium'],
        stretchedBeforeBed: day % 2 === 0,
        caffeineDrinks: 1,
        sittingHours: 6,
      }),
    ])
  }
  // Bedtime routines done on about half the recent evenings.
  for (let day = -2; day >= -28; day -= 2) {
    const startedAt = localTime(day, '22:00')
    calls.push([
      'routines:record-session',
      {
        routineId: 'builtin-bedtime',
        routineName: 'Bedtime',
        routineKind: 'bedtime',
        startedAt,
        endedAt: startedAt + 4 * 60_000,
        utcOffsetMin: -new Date(startedAt).getTimezoneOffset() || 0,
        status: 'completed',
        requiredDone: true,
        steps: [],
        source: 'routines',
      },
    ])
  }
  await callAll(page, calls)
}
