import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { addReminder, addSession, at } from './test-journal'

const newCore = useTestCores()

// 10:00 local (UTC+1) on Wednesday 25 November 2026; this week began Monday the 23rd.
function setup() {
  const t = newCore(Date.UTC(2026, 10, 25, 9))
  const s = t.core.services()
  const db = t.core.storage.connection()
  const log = (date: string, hhmm: string, over: Parameters<typeof episodeInput>[0] = {}) =>
    s.journal.create(episodeInput({ startedAt: at(date, hhmm), ...over }), 'form')
  return { ...t, ...s, db, log }
}

describe('Trends data from the journal', () => {
  it('stacks the weeks by context, with night cramps placed by the user’s local time', () => {
    const { trends, journal, log } = setup()
    log('2026-11-24', '03:00', { context: 'resting' }) // in the night window
    log('2026-11-24', '18:00', { context: 'after_exercise', pain: 9 })
    log('2026-11-17', '14:00', { context: 'standing', pain: 4 })
    const deleted = log('2026-11-18', '14:00')
    journal.delete(deleted.id)

    const data = trends.charts.data('4w')
    expect(data.from).toBe('2026-11-02')
    expect(data.totalCramps).toBe(3)
    expect(data.weekly.data.map((w) => [w.weekStart, w.night, w.exercise, w.rest])).toEqual([
      ['2026-11-02', 0, 0, 0],
      ['2026-11-09', 0, 0, 0],
      ['2026-11-16', 0, 0, 1],
      ['2026-11-23', 1, 1, 0],
    ])
    expect(data.pain.data.at(-1)).toMatchObject({ peak: 9 })
    expect(data.hours.data[3]).toEqual({ hour: 3, count: 1, night: true })
    expect(data.hours.data[18]?.count).toBe(1)
  })

  it('widens with the range and follows a changed night window', () => {
    const { trends, settings, log } = setup()
    log('2026-09-10', '21:30', { context: 'resting' })
    expect(trends.charts.data('4w').totalCramps).toBe(0)
    const threeMonths = trends.charts.data('3m')
    expect(threeMonths.weekly.data).toHaveLength(13)
    expect(threeMonths.totalCramps).toBe(1)
    expect(threeMonths.weekly.data.find((w) => w.total > 0)).toMatchObject({ rest: 1 })

    settings.update({ nightStart: '21:00' })
    const moved = trends.charts.data('3m')
    expect(moved.weekly.data.find((w) => w.total > 0)).toMatchObject({ night: 1, rest: 0 })
    expect(moved.hours.data[21]?.night).toBe(true)
    expect(trends.charts.data('all').from).toBe('2026-09-07')
  })

  it('puts bedtime routines after midnight with the evening before and counts reminders acted on', () => {
    const { trends, db } = setup()
    addSession(db, at('2026-11-23', '22:30'), 'bedtime') // night of Monday the 23rd
    addSession(db, at('2026-11-23', '00:30'), 'bedtime') // night of Sunday the 22nd: last week
    addSession(db, at('2026-11-24', '22:30'), 'bedtime', false) // stopped early: not done
    addSession(db, at('2026-11-24', '23:00'), 'bedtime') // second on one night counts once…
    addSession(db, at('2026-11-24', '23:30'), 'bedtime') // …as one night
    addReminder(db, at('2026-11-24', '22:00'), 'done')
    addReminder(db, at('2026-11-24', '22:00'), 'routine_started')
    addReminder(db, at('2026-11-24', '22:10'), 'snoozed')
    addReminder(db, at('2026-11-25', '09:00'), 'expired')
    const weeks = trends.charts.data('4w').adherence.data
    expect(weeks.at(-2)).toMatchObject({ weekStart: '2026-11-16', bedtimeRoutines: 1 })
    expect(weeks.at(-1)).toMatchObject({
      weekStart: '2026-11-23',
      bedtimeRoutines: 2,
      remindersActedOn: 2,
      remindersTotal: 4,
    })
  })

  it('sets water against the target beside the days with cramps', () => {
    const { trends, checkIns, settings, log } = setup()
    settings.update({ waterTargetMl: 2000 })
    checkIns.save({ ...emptyCheckIn('2026-11-23'), waterMl: 2000 })
    checkIns.save({ ...emptyCheckIn('2026-11-24'), waterMl: 900 })
    checkIns.save({ ...emptyCheckIn('2026-11-25'), waterMl: 1500 })
    log('2026-11-24', '15:00')
    log('2026-11-24', '16:00')
    const water = trends.charts.data('4w').water
    expect(water.bands).toEqual([
      { band: 'under_half', days: 1, crampDays: 1 },
      { band: 'under_target', days: 1, crampDays: 0 },
      { band: 'at_target', days: 1, crampDays: 0 },
    ])
    expect(water.data.at(-1)).toMatchObject({
      averageWaterMl: 1467,
      checkInDays: 3,
      daysAtTarget: 1,
      crampDays: 1,
    })
    expect(water.summary).toBe(
      'Cramps on 0% of days at your water target and 50% of days below it.',
    )
  })
})
