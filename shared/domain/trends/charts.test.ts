import { describe, expect, it } from 'vitest'
import { adherenceSummary, adherenceWeeks } from './adherence'
import { buildTrends } from './build'
import { reliefHelped, reliefSummary, topTriggers, triggersSummary } from './causes'
import { hourBars, hoursSummary } from './hours'
import type { TrendRows, WeekGroupRow } from './rows'
import { waterBands, waterSummary, waterWeeks } from './water'
import { weeksBetween } from './weeks'
import { painOverTime, painSummary, weeklyCramps, weeklySummary } from './weekly'

const night = { start: '22:00', end: '07:00' }
/** A journal begun long before these weeks, with no cramps in the weeks before them. */
const OLD_JOURNAL = { totals: new Map<string, number>(), firstWeek: '2025-01-06' }
const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']
const row = (week: string, group: WeekGroupRow['group'], cramps: number, painMax = 5) => ({
  week,
  group,
  cramps,
  painMax,
  painSum: painMax * cramps,
})

describe('weekly cramps', () => {
  it('stacks groups per week, fills empty weeks with zeros and averages the last 4 weeks', () => {
    // The three weeks before the first shown week count too.
    const before = new Map([
      ['2026-10-12', 3],
      ['2026-10-26', 1],
    ])
    const data = weeklyCramps(
      weeks,
      [
        row('2026-11-02', 'night', 4),
        row('2026-11-02', 'exercise', 1),
        row('2026-11-16', 'rest', 2),
      ],
      { totals: before, firstWeek: '2026-10-12' },
    )
    expect(data.map((w) => w.total)).toEqual([5, 0, 2, 0])
    expect(data[0]).toMatchObject({ night: 4, exercise: 1, rest: 0 })
    // (3+0+1+5)/4, (0+1+5+0)/4, (1+5+0+2)/4, (5+0+2+0)/4.
    expect(data.map((w) => w.average4w)).toEqual([2.3, 1.5, 2, 1.8])
    expect(weeklySummary(data)).toBe('7 cramps in 4 weeks, about 1.8 a week; most were at night.')
    // Exactly half is not "most".
    const half = weeklyCramps(
      weeks,
      [row('2026-11-02', 'night', 2), row('2026-11-09', 'rest', 2)],
      OLD_JOURNAL,
    )
    expect(weeklySummary(half)).toBe('4 cramps in 4 weeks, about 1 a week.')
  })

  it('gives a week the same average under any period, and none before the journal has 4 weeks', () => {
    const totals = new Map([
      ['2026-10-19', 2],
      ['2026-10-26', 0],
      ['2026-11-02', 4],
      ['2026-11-09', 2],
    ])
    const rows = [...totals].map(([week, n]) => row(week, 'night', n))
    const history = { totals, firstWeek: '2026-10-19' }
    const short = weeklyCramps(['2026-11-09', '2026-11-16'], rows, history)
    const long = weeklyCramps(weeksBetween('2026-10-19', '2026-11-22'), rows, history)
    const week = (data: typeof short) => data.find((w) => w.weekStart === '2026-11-09')?.average4w
    expect(week(short)).toBe(2)
    expect(week(long)).toBe(2)
    // The journal began on 19 October: its first three weeks have no 4-week average.
    expect(long.map((w) => w.average4w)).toEqual([null, null, null, 2, 1.5])
    expect(
      weeklyCramps(weeks, [], { totals: new Map(), firstWeek: null }).map((w) => w.average4w),
    ).toEqual([null, null, null, null])
  })

  it('says when the last 4 weeks had fewer cramps than the first 4', () => {
    const eight = [...['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'], ...weeks]
    const data = weeklyCramps(
      eight,
      [row('2026-10-05', 'rest', 5), row('2026-11-23', 'rest', 1)],
      OLD_JOURNAL,
    )
    expect(weeklySummary(data)).toContain('The last 4 weeks had fewer than the first 4.')
    expect(weeklySummary(weeklyCramps(weeks, [], OLD_JOURNAL))).toBe(
      'No cramps logged in this period.',
    )
  })

  it('gives the peak and mean pain per week and names the worst week', () => {
    const pain = painOverTime(weeks, [
      { week: '2026-11-09', group: 'night', cramps: 2, painMax: 8, painSum: 12 },
      { week: '2026-11-09', group: 'rest', cramps: 1, painMax: 3, painSum: 3 },
    ])
    expect(pain[0]).toEqual({ weekStart: '2026-11-02', peak: null, average: null })
    expect(pain[1]).toEqual({ weekStart: '2026-11-09', peak: 8, average: 5 })
    expect(painSummary(pain)).toBe(
      'The worst pain each week averaged 8 out of 10; the highest was 8, in the week of 9 Nov 2026.',
    )
  })
})

describe('time of day', () => {
  it('has 24 bars with the night hours marked from the user’s window', () => {
    const bars = hourBars(
      [
        { hour: 3, cramps: 4 },
        { hour: 15, cramps: 1 },
      ],
      night,
    )
    expect(bars).toHaveLength(24)
    expect(bars.filter((b) => b.night).map((b) => b.hour)).toEqual([0, 1, 2, 3, 4, 5, 6, 22, 23])
    expect(hoursSummary(bars)).toBe(
      'Cramps came most often in the hour from 3 a.m.; 4 of 5 cramps (80%) were in your night hours.',
    )
    const early = hourBars([], { start: '20:30', end: '05:00' })
    expect(early.filter((b) => b.night).map((b) => b.hour)).toEqual([0, 1, 2, 3, 4, 21, 22, 23])
  })
})

describe('triggers and relief', () => {
  it('orders triggers by count and relief by what helped most', () => {
    const triggers = topTriggers([
      { trigger: 'heat', cramps: 2 },
      { trigger: 'dehydration', cramps: 5 },
    ])
    expect(triggers.map((t) => t.trigger)).toEqual(['dehydration', 'heat'])
    expect(triggersSummary(triggers, 9)).toBe(
      'You most often suspected not enough to drink: 5 of 9 cramps.',
    )
    const relief = reliefHelped([
      { relief: 'massage', used: 9, helpedMost: 1 },
      { relief: 'stretch', used: 6, helpedMost: 4 },
    ])
    expect(relief.map((r) => r.relief)).toEqual(['stretch', 'massage'])
    expect(reliefSummary(relief)).toBe('Stretching helped most 4 times out of 6 tried.')
    expect(triggersSummary([], 0)).toBe('No suspected triggers noted in this period.')
  })
})

describe('adherence', () => {
  it('compares night cramps in weeks with 5+ bedtime stretches once there are 3 weeks of each', () => {
    const six = ['2026-10-19', '2026-10-26', ...weeks]
    const weekly = weeklyCramps(
      six,
      [
        row('2026-10-19', 'night', 4),
        row('2026-10-26', 'night', 2),
        row('2026-11-02', 'night', 3),
        row('2026-11-09', 'night', 1),
        row('2026-11-16', 'night', 1),
        row('2026-11-23', 'exercise', 2),
      ],
      OLD_JOURNAL,
    )
    const stretched = (w: string[]) => w.map((week) => ({ week, nights: 5 }))
    const data = adherenceWeeks(
      weekly,
      [...stretched(['2026-11-09', '2026-11-16', '2026-11-23']), { week: '2026-10-19', nights: 4 }],
      [{ week: '2026-11-16', actedOn: 4, total: 7 }],
    )
    expect(data[4]).toEqual({
      weekStart: '2026-11-16',
      bedtimeRoutines: 5,
      remindersActedOn: 4,
      remindersTotal: 7,
      cramps: 1,
    })
    expect(adherenceSummary(data, weekly)).toBe(
      'Night cramps averaged 0.7 a week in the 3 weeks with 5+ bedtime stretches and 3 a week in the 3 other weeks. This shows what went together, not what caused what.',
    )
    // Two stretch weeks are too few to compare: the summary says what was done instead.
    const two = adherenceWeeks(
      weekly,
      [...stretched(['2026-11-09', '2026-11-16']), { week: '2026-11-23', nights: 4 }],
      [],
    )
    expect(adherenceSummary(two, weekly)).toBe(
      'You did the bedtime routine on 14 nights. Weeks with 5+ bedtime stretches are compared with other weeks once there are 3 of each.',
    )
  })

  it('without both kinds of week, says what was done', () => {
    const weekly = weeklyCramps(weeks, [], OLD_JOURNAL)
    const data = adherenceWeeks(
      weekly,
      [{ week: '2026-11-02', nights: 2 }],
      [{ week: '2026-11-02', actedOn: 3, total: 4 }],
    )
    expect(adherenceSummary(data, weekly)).toBe(
      'You did the bedtime routine on 2 nights, and acted on 3 of 4 reminders.',
    )
  })
})

describe('water', () => {
  it('averages water per week and compares cramp days at and below the target', () => {
    const data = waterWeeks(
      weeks,
      [{ week: '2026-11-09', checkIns: 4, waterSum: 7000, atTarget: 2 }],
      [{ week: '2026-11-09', crampDays: 3 }],
    )
    expect(data[0]).toMatchObject({ averageWaterMl: null, checkInDays: 0, crampDays: 0 })
    expect(data[1]).toEqual({
      weekStart: '2026-11-09',
      averageWaterMl: 1750,
      checkInDays: 4,
      daysAtTarget: 2,
      crampDays: 3,
    })
    const bands = waterBands([
      { band: 'at_target', days: 10, crampDays: 1 },
      { band: 'under_half', days: 5, crampDays: 3 },
      { band: 'under_target', days: 5, crampDays: 1 },
    ])
    expect(bands.map((b) => b.band)).toEqual(['under_half', 'under_target', 'at_target'])
    expect(waterSummary(bands)).toBe(
      'Cramps on 10% of days at your water target and 40% of days below it.',
    )
    expect(waterSummary(waterBands([]))).toBe('No check-ins with water in this period.')
  })
})

describe('buildTrends', () => {
  it('shapes every chart over the range’s weeks and totals the cramps', () => {
    const rows: TrendRows = {
      weekGroups: [row('2026-11-23', 'night', 2, 7)],
      hours: [{ hour: 2, cramps: 2 }],
      triggers: [],
      relief: [],
      bedtime: [],
      reminders: [],
      water: [],
      crampDays: [{ week: '2026-11-23', crampDays: 2 }],
      bands: [],
    }
    const data = buildTrends(
      {
        range: '4w',
        from: '2026-11-02',
        to: '2026-11-25',
        night,
        waterTargetMl: 2000,
        history: OLD_JOURNAL,
      },
      rows,
    )
    expect(data.totalCramps).toBe(2)
    for (const chart of [data.weekly, data.pain, data.adherence, data.water]) {
      expect(chart.data.map((w) => w.weekStart)).toEqual(weeks)
    }
    expect(data.hours.data[2]).toEqual({ hour: 2, count: 2, night: true })
    expect(data.water.targetMl).toBe(2000)
  })
})
