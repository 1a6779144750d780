import type {
  Insights,
  ReportData,
  TrendRange,
  TrendsData,
  WeeklyCramps,
} from '@shared/contract/trends'
import { effect, MIN_CRAMP_NIGHTS, MIN_DAYS_PER_SIDE } from '@shared/domain/trends/factors'
import { flagChecks } from '@shared/domain/red-flags'
import { storedCramp } from '@shared/testing/cramps'

// Prepared data as main would send it, for component tests. Numbers are
// small and distinct so a test can find each one on screen.

const hours = (counts: Record<number, number> = {}) =>
  Array.from({ length: 24 }, (_, hour) => ({
    hour,
    count: counts[hour] ?? 0,
    night: hour >= 22 || hour < 7,
  }))

const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']

export function weekly(rows: Partial<WeeklyCramps>[]): WeeklyCramps[] {
  return rows.map((r, i) => ({
    weekStart: weeks[i] ?? '2026-11-30',
    night: 0,
    exercise: 0,
    rest: 0,
    total: (r.night ?? 0) + (r.exercise ?? 0) + (r.rest ?? 0),
    average4w: 0,
    ...r,
  }))
}

/** Nothing logged: every chart empty. */
export function emptyTrends(range: TrendRange = '3m'): TrendsData {
  const zeroWeeks = weekly([{}, {}, {}, {}])
  return {
    range,
    from: '2026-11-02',
    to: '2026-11-25',
    totalCramps: 0,
    weekly: { summary: 'No cramps logged in these weeks.', data: zeroWeeks },
    pain: {
      summary: 'No pain to show.',
      data: weeks.map((weekStart) => ({ weekStart, peak: null, average: null })),
    },
    hours: { summary: 'No cramps to place in the day.', data: hours() },
    triggers: { summary: 'No triggers picked.', data: [] },
    relief: { summary: 'No relief logged.', data: [] },
    adherence: {
      summary: 'Nothing to compare yet.',
      data: weeks.map((weekStart) => ({
        weekStart,
        bedtimeRoutines: 0,
        remindersActedOn: 0,
        remindersTotal: 0,
        cramps: 0,
      })),
    },
    water: {
      summary: 'No water logged.',
      targetMl: 2000,
      data: weeks.map((weekStart) => ({
        weekStart,
        averageWaterMl: null,
        checkInDays: 0,
        daysAtTarget: 0,
        crampDays: 0,
      })),
      bands: [
        { band: 'under_half', days: 0, crampDays: 0 },
        { band: 'under_target', days: 0, crampDays: 0 },
        { band: 'at_target', days: 0, crampDays: 0 },
      ],
    },
  }
}

/** Twelve cramps over four weeks, with triggers, relief, routines and water. */
export function busyTrends(range: TrendRange = '3m'): TrendsData {
  const base = emptyTrends(range)
  return {
    ...base,
    totalCramps: 12,
    weekly: {
      summary: 'Most cramps came at night; 3 a week on average.',
      data: weekly([
        { night: 3, rest: 1, average4w: 4 },
        { night: 2, exercise: 1, average4w: 3.5 },
        { night: 2, average4w: 3.3 },
        { night: 1, exercise: 1, rest: 1, average4w: 3 },
      ]),
    },
    pain: {
      summary: 'Peak pain eased from 8 to 5.',
      data: weeks.map((weekStart, i) => ({ weekStart, peak: 8 - i, average: 6 - i })),
    },
    hours: {
      summary: 'Most cramps started between 02:00 and 04:00.',
      data: hours({ 2: 4, 3: 3, 18: 2, 12: 3 }),
    },
    triggers: {
      summary: 'Tired muscles were suspected most often.',
      data: [
        { trigger: 'fatigue', count: 5 },
        { trigger: 'dehydration', count: 2 },
      ],
    },
    relief: {
      summary: 'Stretching was picked as most helpful 6 times.',
      data: [
        { relief: 'stretch', used: 9, helpedMost: 6 },
        { relief: 'heat', used: 3, helpedMost: 1 },
      ],
    },
    adherence: {
      summary:
        'Night cramps averaged 0.5 a week in the 3 weeks with 5+ bedtime stretches and 2 a week in the 4 other weeks.',
      data: weeks.map((weekStart, i) => ({
        weekStart,
        bedtimeRoutines: i + 2,
        remindersActedOn: i,
        remindersTotal: 7,
        cramps: 4 - i,
      })),
    },
    water: {
      ...base.water,
      summary: 'Cramp days were more common on days under half your water target.',
      data: weeks.map((weekStart, i) => ({
        weekStart,
        averageWaterMl: 1500 + i * 100,
        checkInDays: 5,
        daysAtTarget: i,
        crampDays: 3 - (i % 2),
      })),
      bands: [
        { band: 'under_half', days: 4, crampDays: 3 },
        { band: 'under_target', days: 10, crampDays: 4 },
        { band: 'at_target', days: 6, crampDays: 1 },
      ],
    },
  }
}

export function insights(patch: Partial<Insights> = {}): Insights {
  return {
    from: '2026-08-28',
    to: '2026-11-25',
    checkInDays: 40,
    checkedInToday: false,
    cramps: 14,
    minDaysPerSide: MIN_DAYS_PER_SIDE,
    minCrampNights: MIN_CRAMP_NIGHTS,
    factors: [
      // Built by the real rule, so the card shows what the app would say.
      effect('bedtime_stretch', { days: 30, crampNights: 2 }, { days: 30, crampNights: 14 }),
      // The example from issue 13: 3 of 7 nights against 1 of 7.
      effect('water_at_target', { days: 7, crampNights: 3 }, { days: 7, crampNights: 1 }),
      effect('hot_conditions', { days: 3, crampNights: 1 }, { days: 37, crampNights: 9 }),
    ],
    patterns: [
      {
        id: 'night_ambush',
        title: '3 a.m. ambush',
        rule: 'At least 60% of cramps started in your night hours (10 of 14).',
        evidence: [{ label: 'Night cramps', value: '10 of 14' }],
        plan: ['Two or three gentle stretches before bed.', 'Looser bedding over your legs.'],
        actions: ['enable-bedtime-reminder', 'start-bedtime-routine'],
      },
      {
        id: 'hydration_nutrition',
        title: 'Hydration and nutrition',
        rule: 'Cramp days were more often days under your water target.',
        evidence: [{ label: 'Days under target', value: '12 of 20' }],
        plan: ['Carry water through the day.'],
        actions: ['enable-water-reminder'],
      },
    ],
    thinData: null,
    redFlags: [],
    medicationNote: null,
    ...patch,
  }
}

export function reportData(patch: Partial<ReportData> = {}): ReportData {
  const busy = busyTrends()
  return {
    from: '2026-10-27',
    to: '2026-11-25',
    days: 30,
    generatedOn: '2026-11-25',
    cramps: 12,
    perWeek: 2.8,
    nightsAffected: 7,
    nights: 30,
    duration: {
      medianSec: 95,
      longestSec: 420,
      buckets: { under_30s: 1, '30s_2m': 6, '2_10m': 4, over_10m: 0, unknown: 1 },
    },
    pain: { average: 6.2, peak: 9, severe: 3 },
    timeOfDay: { night: 8, morning: 1, afternoon: 1, evening: 2, hours: busy.hours.data },
    weekly: busy.weekly.data,
    triggers: busy.triggers.data,
    // Checked by the real rules: three severe cramps in the period's last 30 days.
    redFlags: flagChecks(
      ['2026-11-20', '2026-11-22', '2026-11-24'].map((day, i) =>
        storedCramp({
          id: `00000000-0000-4000-8000-00000000000${i + 1}`,
          startedAt: Date.parse(`${day}T15:00:00Z`),
          pain: 9,
        }),
      ),
      { asOf: '2026-11-25', signsFrom: '2026-10-27', dated: true },
      { start: '22:00', end: '07:00' },
    ),
    medicationNote: null,
    medications: [
      { name: 'Atorvastatin', kind: 'statin', startedOn: '2026-09-01', mayContribute: true },
    ],
    tried: [{ relief: 'stretch', used: 9, helpedMost: 6 }],
    routinesDone: [{ kind: 'bedtime', count: 11 }],
    notes: [{ date: '2026-11-20', source: 'cramp', text: 'After the long hike' }],
    notesLeftOut: 0,
    disclaimer:
      'Limber is not a medical device and does not replace a clinician. This report is not a diagnosis.',
    ...patch,
  }
}

/** A journal too young for any insight. */
export function emptyInsights(): Insights {
  return insights({
    checkInDays: 0,
    cramps: 0,
    factors: [],
    patterns: [],
    thinData: 'Patterns show once your journal has a few weeks of entries.',
  })
}
