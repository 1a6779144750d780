import { describe, expect, it } from 'vitest'
import type { WeeklyCramps } from '../../../shared/domain/trends/types'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { at } from './test-journal'

const newCore = useTestCores()

// 10:00 local (UTC+1) on Wednesday 25 November 2026; the 4-week range starts Monday 2 November.
function setup(crampDays: string[]) {
  const t = newCore(Date.UTC(2026, 10, 25, 9))
  const { journal, trends } = t.core.services()
  for (const date of crampDays)
    journal.create(episodeInput({ startedAt: at(date, '15:00') }), 'form')
  return trends
}

const averages = (weeks: WeeklyCramps[]) => new Map(weeks.map((w) => [w.weekStart, w.average4w]))

describe('A week’s 4-week average', () => {
  it('reads the same under every period, in Trends and in the report', () => {
    // Two cramps in each October week, one in the week of 9 November.
    const trends = setup([
      '2026-10-06',
      '2026-10-07',
      '2026-10-13',
      '2026-10-14',
      '2026-10-20',
      '2026-10-21',
      '2026-10-27',
      '2026-10-28',
      '2026-11-10',
    ])
    const fourWeeks = averages(trends.charts.data('4w').weekly.data)
    const threeMonths = averages(trends.charts.data('3m').weekly.data)
    // The week of 9 November: (2 + 2 + 0 + 1) / 4, from 19 October on, whichever period shows it.
    expect(fourWeeks.get('2026-11-09')).toBe(1.3)
    for (const [week, average] of fourWeeks) expect(threeMonths.get(week)).toBe(average)
    // The report's weekly table, for a period that starts inside a week, agrees.
    const report = averages(trends.report.data({ from: '2026-11-04', to: '2026-11-25' }).weekly)
    for (const [week, average] of report) expect(average).toBe(fourWeeks.get(week))
  })

  it('is left out where the journal does not reach back 4 weeks', () => {
    const trends = setup(['2026-11-10', '2026-11-17'])
    const weeks = trends.charts.data('3m').weekly.data
    // The journal began in the week of 9 November: no week has 4 weeks behind it yet.
    expect(weeks.every((w) => w.average4w === null)).toBe(true)
    expect(weeks.find((w) => w.weekStart === '2026-11-09')?.total).toBe(1)
  })
})
