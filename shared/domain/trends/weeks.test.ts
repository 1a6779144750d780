import { eachWeekOfInterval, format, parseISO, startOfWeek } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { shiftDate } from '../local-time'
import { rangeBounds, weekStartOf, weeksBetween } from './weeks'

describe('weeks', () => {
  it('names a week by its Monday, Sunday included, across a DST change', () => {
    expect(weekStartOf('2026-11-25')).toBe('2026-11-23') // Wednesday
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23') // Sunday
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30') // Monday
    // Europe's clocks went back on Sunday 25 October 2026.
    expect(weekStartOf('2026-10-25')).toBe('2026-10-19')
    expect(weeksBetween('2026-10-19', '2026-11-02')).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
    ])
  })

  it('covers whole weeks ending with the current one for each range', () => {
    const today = '2026-11-25'
    expect(rangeBounds('4w', today, null)).toEqual({ from: '2026-11-02', to: today })
    expect(weeksBetween('2026-11-02', today)).toHaveLength(4)
    expect(weeksBetween(rangeBounds('3m', today, null).from, today)).toHaveLength(13)
    expect(weeksBetween(rangeBounds('12m', today, null).from, today)).toHaveLength(52)
  })

  it('starts "all" at the week of the first entry, or this week for an empty journal', () => {
    expect(rangeBounds('all', '2026-11-25', '2016-03-02').from).toBe('2016-02-29')
    expect(rangeBounds('all', '2026-11-25', null).from).toBe('2026-11-23')
  })

  it('agrees with date-fns local weeks on every day across leap years and DST changes', () => {
    const week = { weekStartsOn: 1 } as const
    const iso = (d: Date) => format(d, 'yyyy-MM-dd')
    const dates = Array.from({ length: 3 * 366 }, (_, i) => shiftDate('2023-12-20', i))
    for (const date of dates) {
      expect(weekStartOf(date)).toBe(iso(startOfWeek(parseISO(date), week)))
    }
    for (const [from, to] of [
      ['2024-02-26', '2024-03-04'],
      ['2016-11-23', '2026-11-25'],
      ['2026-03-29', '2026-03-29'],
      ['2026-10-25', '2026-11-01'],
    ] as const) {
      const expected = eachWeekOfInterval({ start: parseISO(from), end: parseISO(to) }, week)
      expect(weeksBetween(from, to)).toEqual(expected.map(iso))
    }
    expect(weeksBetween('2026-11-26', '2026-11-25')).toEqual([])
  })
})
