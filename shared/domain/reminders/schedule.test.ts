import { TZDate, tzOffset } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { startPause } from './pause'
import {
  deskDueAfter,
  deskSpanFrom,
  inWorkHoursAt,
  isQuietAt,
  lastClockDue,
  nextClockDue,
  type ScheduleContext,
} from './schedule'
import { defaultReminderSettings, type ReminderSettings } from './settings'
import { instantOf, localDay, minuteOfDay } from './zoned'

const berlin = (at: number) => tzOffset('Europe/Berlin', new Date(at))
const b = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, 'Europe/Berlin').getTime()
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString().slice(0, 16))
const ctx = (
  settings: Partial<ReminderSettings> = {},
  pause: ScheduleContext['pause'] = null,
): ScheduleContext => ({
  settings: { ...defaultReminderSettings, ...settings },
  pause,
  offsetAt: berlin,
})

describe('local days and times from an offset function', () => {
  it('reads the local day and minute across the spring change', () => {
    expect(localDay(Date.UTC(2026, 2, 28, 23, 30), berlin)).toEqual({
      year: 2026,
      month: 2,
      date: 29,
      weekday: 'sun',
    })
    expect(minuteOfDay(Date.UTC(2026, 2, 29, 0, 30), berlin)).toBe(90)
    expect(minuteOfDay(Date.UTC(2026, 2, 29, 1, 30), berlin)).toBe(3 * 60 + 30)
    expect(localDay(Date.UTC(2026, 2, 28, 12), berlin, 3).weekday).toBe('tue')
  })

  it('places a skipped time just after the jump and a repeated one at its first occurrence', () => {
    const spring = localDay(Date.UTC(2026, 2, 29, 12), berlin)
    expect(iso(instantOf(spring, '02:30', berlin))).toBe('2026-03-29T01:30')
    expect(iso(instantOf(spring, '01:59', berlin))).toBe('2026-03-29T00:59')
    expect(iso(instantOf(spring, '03:00', berlin))).toBe('2026-03-29T01:00')
    const autumn = localDay(Date.UTC(2026, 9, 25, 12), berlin)
    expect(iso(instantOf(autumn, '02:30', berlin))).toBe('2026-10-25T00:30')
    expect(iso(instantOf(autumn, '03:00', berlin))).toBe('2026-10-25T02:00')
  })

  it('works for zones far from UTC and with half-hour offsets', () => {
    const india = () => 330
    expect(iso(instantOf(localDay(Date.UTC(2026, 0, 1, 20), india), '08:00', india))).toBe(
      '2026-01-02T02:30',
    )
    const samoa = () => 780
    expect(localDay(Date.UTC(2026, 0, 1, 12), samoa).date).toBe(2)
  })
})

describe('desk time', () => {
  it('is working hours on working days', () => {
    expect(inWorkHoursAt(b(2026, 3, 2, 9), ctx())).toBe(true)
    expect(inWorkHoursAt(b(2026, 3, 2, 17, 30), ctx())).toBe(false)
    expect(inWorkHoursAt(b(2026, 3, 7, 10), ctx())).toBe(false)
  })

  it('finds the current or next stretch, minus quiet hours and a pause', () => {
    const span = deskSpanFrom(b(2026, 3, 6, 18), ctx())
    expect(span && [iso(span.start), iso(span.end)]).toEqual([
      '2026-03-09T08:00',
      '2026-03-09T16:30',
    ])
    const lunch = ctx({ quietHours: { enabled: true, start: '12:00', end: '13:00' } })
    const after = deskSpanFrom(b(2026, 3, 2, 12, 15), lunch)
    expect(after && iso(after.start)).toBe('2026-03-02T12:00')
    const paused = ctx({}, startPause('1h', b(2026, 3, 2, 10), berlin))
    const during = deskSpanFrom(b(2026, 3, 2, 10, 30), paused)
    expect(during && iso(during.start)).toBe('2026-03-02T10:00')
    expect(
      deskSpanFrom(
        b(2026, 3, 2, 10),
        ctx({ workHours: { days: [], start: '09:00', end: '17:00' } }),
      ),
    ).toBeNull()
  })

  it('counts an interval from the anchor or the start of the stretch, whichever is later', () => {
    expect(iso(deskDueAfter(b(2026, 3, 2, 7), 45, ctx()))).toBe('2026-03-02T08:45')
    expect(iso(deskDueAfter(b(2026, 3, 2, 10), 45, ctx()))).toBe('2026-03-02T09:45')
    // 17:00 + 45 min is past 17:30: Monday's stretch is over, so Tuesday 09:45.
    expect(iso(deskDueAfter(b(2026, 3, 2, 17), 45, ctx()))).toBe('2026-03-03T08:45')
    // An interval longer than any stretch never comes.
    expect(
      deskDueAfter(
        b(2026, 3, 2, 7),
        180,
        ctx({ workHours: { days: ['mon'], start: '09:00', end: '10:00' } }),
      ),
    ).toBeNull()
  })

  it('quiet hours may wrap midnight or not', () => {
    expect(isQuietAt(b(2026, 3, 2, 23), ctx())).toBe(true)
    expect(isQuietAt(b(2026, 3, 2, 6, 59), ctx())).toBe(true)
    expect(isQuietAt(b(2026, 3, 2, 7), ctx())).toBe(false)
    expect(isQuietAt(b(2026, 3, 2, 22, 29), ctx())).toBe(false)
    expect(
      isQuietAt(
        b(2026, 3, 2, 12, 30),
        ctx({ quietHours: { enabled: true, start: '12:00', end: '13:00' } }),
      ),
    ).toBe(true)
  })
})

describe('clock-time reminders', () => {
  it('come on their chosen days only, strictly after the given instant', () => {
    const c = ctx({ warm_up: { enabled: true, at: '18:00', days: ['sat'] } })
    expect(iso(nextClockDue('warm_up', b(2026, 3, 2, 12), c))).toBe('2026-03-07T17:00')
    expect(iso(nextClockDue('warm_up', b(2026, 3, 7, 18), c))).toBe('2026-03-14T17:00')
    expect(iso(nextClockDue('bedtime', b(2026, 3, 2, 22), ctx()))).toBe('2026-03-03T21:00')
  })

  it('skip a pause and quiet hours', () => {
    const c = ctx({}, startPause('tomorrow', b(2026, 3, 2, 21), berlin))
    expect(iso(nextClockDue('bedtime', b(2026, 3, 2, 21), c))).toBe('2026-03-03T21:00')
    expect(
      nextClockDue('bedtime', b(2026, 3, 2, 12), ctx({ bedtime: { enabled: true, at: '23:00' } })),
    ).toBeNull()
  })

  it('know the latest time they were missed', () => {
    expect(iso(lastClockDue('bedtime', b(2026, 3, 2, 12), b(2026, 3, 5, 8), ctx()))).toBe(
      '2026-03-04T21:00',
    )
    expect(lastClockDue('bedtime', b(2026, 3, 2, 12), b(2026, 3, 2, 21), ctx())).toBeNull()
  })
})
