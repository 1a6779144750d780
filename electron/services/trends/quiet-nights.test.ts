import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import { shiftDate } from '../../../shared/domain/local-time'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { at } from './test-journal'

const newCore = useTestCores()

// 10:00 local (UTC+1) on Wednesday 25 November 2026.
const TODAY = '2026-11-25'

/**
 * Twenty-five mornings: a 03:00 cramp on every fifth, "No, a quiet night"
 * on the other twenty, and no check-in at all. Before the night answer was
 * stored apart, these twenty answers were twenty days of 0 water and the
 * hydration pattern fired on them.
 */
function quietJournal() {
  const t = newCore(Date.UTC(2026, 10, 25, 9))
  const { checkIns, journal, trends, routines } = t.core.services()
  for (let i = 25; i >= 1; i--) {
    const morning = shiftDate(TODAY, -i)
    if (i % 5 === 0) {
      journal.create(episodeInput({ startedAt: at(morning, '03:00'), context: 'asleep' }), 'form')
    } else checkIns.setNightReport(morning, 'none')
  }
  return { checkIns, trends, routines }
}

describe('Quiet nights are answers about the night, not empty days', () => {
  it('finds no hydration pattern and no factor days in quiet nights and a few cramps', () => {
    const { trends } = quietJournal()
    const insights = trends.insights.insights()
    expect(insights.patterns.map((p) => p.id)).not.toContain('hydration_nutrition')
    expect(insights.checkInDays).toBe(0)
    expect(insights.factors.every((f) => f.with.days === 0 && f.without.days === 0)).toBe(true)
    expect(insights.cramps).toBe(5)
  })

  it('shows no water on the charts and no check-ins to copy', () => {
    const { trends, checkIns, routines } = quietJournal()
    const data = trends.charts.data('4w')
    expect(data.water.data.every((w) => w.checkInDays === 0 && w.averageWaterMl === null)).toBe(
      true,
    )
    expect(data.water.bands.every((b) => b.days === 0)).toBe(true)
    expect(data.water.summary).toBe('No check-ins with water in this period.')
    expect(checkIns.between('2026-10-01', TODAY)).toEqual([])
    expect(checkIns.get(TODAY).previous).toBeNull()
    expect(routines.adherence()).toMatchObject({ exerciseDays: 0, warmedUpDays: 0 })
  })

  it('joins a "cramps last night" answer to the day before only when that day was checked in', () => {
    const { checkIns, trends } = quietJournal()
    const yesterday = shiftDate(TODAY, -1)
    checkIns.setNightReport(TODAY, 'cramps')
    // No check-in yesterday: the day is unknown, so it is not a day at all.
    expect(trends.insights.days(yesterday, TODAY)).toEqual([])
    checkIns.save({ ...emptyCheckIn(yesterday), waterMl: 1500, nightReport: 'none' })
    expect(trends.insights.days(yesterday, TODAY)).toMatchObject([
      { date: yesterday, waterMl: 1500, crampNight: true },
    ])
  })

  it('counts today’s check-in apart, since its night is still to come', () => {
    const { checkIns, trends } = quietJournal()
    checkIns.save({ ...emptyCheckIn(shiftDate(TODAY, -1)), waterMl: 1500 })
    checkIns.save({ ...emptyCheckIn(TODAY), waterMl: 500 })
    expect(trends.insights.insights()).toMatchObject({ checkInDays: 1, checkedInToday: true })
  })
})
