import { TZDate, tzOffset } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { previewReminders } from './preview'
import { defaultReminderSettings } from './settings'

const berlin = (at: number) => tzOffset('Europe/Berlin', new Date(at))
const b = (d: number, h: number, mi = 0) => new TZDate(2026, 2, d, h, mi, 'Europe/Berlin').getTime()
const hm = (at: number) => format(new TZDate(at, 'Europe/Berlin'), 'HH:mm')

describe('settings preview of today’s reminders', () => {
  it('lists a Monday with the defaults in time order', () => {
    const ctx = { settings: defaultReminderSettings, pause: null, offsetAt: berlin }
    const list = previewReminders(ctx, b(2, 0), b(3, 0)).map((r) => `${hm(r.at)} ${r.kind}`)
    expect(list.slice(0, 4)).toEqual([
      '08:00 morning_checkin',
      '09:45 move',
      '10:00 hydrate',
      '10:30 move',
    ])
    expect(list.filter((x) => x.endsWith('move'))).toHaveLength(11)
    expect(list.filter((x) => x.endsWith('hydrate'))).toHaveLength(8)
    expect(list.at(-1)).toBe('22:00 bedtime')
  })

  it('shows only clock-time reminders on a Saturday', () => {
    const ctx = { settings: defaultReminderSettings, pause: null, offsetAt: berlin }
    expect(previewReminders(ctx, b(7, 0), b(8, 0)).map((r) => r.kind)).toEqual([
      'morning_checkin',
      'bedtime',
    ])
  })
})
