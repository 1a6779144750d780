import { describe, expect, it } from 'vitest'
import { shiftDate } from '../local-time'
import { loadChart } from './load-chart'

const MONDAY = '2026-10-05'
const weeks = (cramps: number[]) =>
  cramps.map((total, i) => ({ weekStart: shiftDate(MONDAY, i * 7), total }))
/** A run on `date` of `minutes` moving. */
const run = (date: string, minutes: number) => ({
  localDate: date,
  startedAt: Date.parse(`${date}T08:00:00Z`),
  movingSeconds: minutes * 60,
  elapsedSeconds: minutes * 60 + 120,
  distanceMeters: minutes * 180,
  effort: null,
  sport: 'running' as const,
})

describe('the training load chart', () => {
  it('puts each week’s imported minutes beside its cramps, on the cramp chart’s weeks', () => {
    const chart = loadChart(
      [run('2026-10-06', 30), run('2026-10-08', 30), run('2026-10-14', 40), run('2026-10-25', 90)],
      weeks([0, 1, 2]),
    )
    expect(chart.weeks.map((w) => [w.weekStart, w.minutes, w.sessions, w.cramps])).toEqual([
      ['2026-10-05', 60, 2, 0],
      ['2026-10-12', 40, 1, 1],
      // The 25th is a Sunday: still the week of the 19th.
      ['2026-10-19', 90, 1, 2],
    ])
    expect(chart.weeks.map((w) => w.fastIncrease)).toEqual([false, false, true])
    expect(chart.summary).toBe(
      '4 imported sessions over 3 of 3 weeks. 1 week rose more than 30% over the week before, and it had cramps.',
    )
  })

  it('describes this week against the four before without calling it a risk', () => {
    const sessions = [0, 1, 2, 3, 4].map((i) =>
      run(shiftDate(MONDAY, i * 7 + 1), i === 4 ? 120 : 60),
    )
    const chart = loadChart(sessions, weeks([0, 0, 0, 0, 1]))
    expect(chart.summary).toContain(
      'This week: 120 minutes, about 2.0 times your average week of the 4 before (60 minutes). This describes your training; it does not predict anything.',
    )
  })

  it('counts sessions well quicker than the person’s usual pace', () => {
    const steady = [1, 3, 5].map((d) => run(shiftDate(MONDAY, d), 30))
    // Same distance as the others in 25 minutes instead of 30: over 10% quicker.
    const quick = { ...run(shiftDate(MONDAY, 8), 30), movingSeconds: 25 * 60 }
    const chart = loadChart([...steady, quick], weeks([0, 1]))
    expect(chart.summary).toContain(
      '1 session was at least 10% quicker than your usual pace of the 30 days before.',
    )
  })

  it('says plainly when nothing was imported', () => {
    expect(loadChart([], weeks([1, 0])).summary).toBe('No imported sessions in this period.')
  })
})
