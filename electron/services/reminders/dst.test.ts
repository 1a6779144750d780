import { describe, expect, it } from 'vitest'
import { defaultReminderSettings, type ReminderSettings } from '../../../shared/domain/reminders'
import { simulate } from './test-fixtures'

/** Fire times in UTC, to show the absolute instants move with the clocks. */
const utc = (times: number[]) => times.map((at) => new Date(at).toISOString().slice(0, 16))
const firedUtc = (sim: ReturnType<typeof simulate>, kind: Parameters<typeof sim.out.times>[0]) =>
  utc(sim.out.shown.filter((r) => r.kind === kind).map((r) => r.firedAt))

describe('DST in Europe/Berlin (the clock’s offset function comes from @date-fns/tz)', () => {
  it('spring forward, Sunday 29 March 2026: clock-time reminders stay at 22:00 and 08:00 local', () => {
    const sim = simulate('2026-03-27 07:30')
    sim.run('2026-03-31 07:30')
    expect(sim.out.times('bedtime')).toEqual([
      '2026-03-27 22:00',
      '2026-03-28 22:00',
      '2026-03-29 22:00',
      '2026-03-30 22:00',
    ])
    expect(firedUtc(sim, 'bedtime')).toEqual([
      '2026-03-27T21:00',
      '2026-03-28T21:00',
      '2026-03-29T20:00',
      '2026-03-30T20:00',
    ])
    expect(firedUtc(sim, 'morning_checkin')).toEqual([
      '2026-03-27T07:00',
      '2026-03-28T07:00',
      '2026-03-29T06:00',
      '2026-03-30T06:00',
    ])
    // Desk reminders: Friday before (CET) and Monday after (CEST) both start at 09:45 local.
    expect(
      firedUtc(sim, 'move')
        .filter((x) => x.endsWith(':45'))
        .slice(0, 1),
    ).toEqual(['2026-03-27T08:45'])
    expect(sim.out.times('move').filter((x) => x.startsWith('2026-03-30'))[0]).toBe(
      '2026-03-30 09:45',
    )
    expect(firedUtc(sim, 'move').find((x) => x.startsWith('2026-03-30'))).toBe('2026-03-30T07:45')
  })

  it('fall back, Sunday 25 October 2026', () => {
    const sim = simulate('2026-10-23 07:30')
    sim.run('2026-10-27 07:30')
    expect(sim.out.times('bedtime')).toEqual([
      '2026-10-23 22:00',
      '2026-10-24 22:00',
      '2026-10-25 22:00',
      '2026-10-26 22:00',
    ])
    expect(firedUtc(sim, 'bedtime')).toEqual([
      '2026-10-23T20:00',
      '2026-10-24T20:00',
      '2026-10-25T21:00',
      '2026-10-26T21:00',
    ])
    expect(firedUtc(sim, 'morning_checkin')).toEqual([
      '2026-10-23T06:00',
      '2026-10-24T06:00',
      '2026-10-25T07:00',
      '2026-10-26T07:00',
    ])
  })

  const at0230: ReminderSettings = {
    ...defaultReminderSettings,
    bedtime: { enabled: true, at: '02:30' },
    quietHours: { enabled: false, start: '22:30', end: '07:00' },
  }

  it('a time the spring jump skips (02:30) happens at 03:30, once', () => {
    const sim = simulate('2026-03-27 12:00', at0230)
    sim.run('2026-03-31 12:00')
    expect(sim.out.times('bedtime')).toEqual([
      '2026-03-28 02:30',
      '2026-03-29 03:30',
      '2026-03-30 02:30',
      '2026-03-31 02:30',
    ])
    expect(firedUtc(sim, 'bedtime')).toEqual([
      '2026-03-28T01:30',
      '2026-03-29T01:30',
      '2026-03-30T00:30',
      '2026-03-31T00:30',
    ])
  })

  it('a time the autumn night repeats (02:30) fires once, the first time', () => {
    const sim = simulate('2026-10-23 12:00', at0230)
    sim.run('2026-10-27 12:00')
    expect(firedUtc(sim, 'bedtime')).toEqual([
      '2026-10-24T00:30',
      '2026-10-25T00:30',
      '2026-10-26T01:30',
      '2026-10-27T01:30',
    ])
  })

  it('intervals are elapsed time: every 30 minutes across the missing hour', () => {
    const settings: ReminderSettings = {
      ...defaultReminderSettings,
      move: { enabled: false, afterMin: 45, sitStand: false },
      hydrate: { enabled: true, everyMin: 30 },
      workHours: { days: ['sun'], start: '01:00', end: '04:00' },
      quietHours: { enabled: false, start: '22:30', end: '07:00' },
    }
    const sim = simulate('2026-03-28 12:00', settings)
    sim.run('2026-03-29 12:00')
    // 01:00 CET to 04:00 CEST is two real hours.
    expect(sim.out.times('hydrate')).toEqual([
      '2026-03-29 01:30',
      '2026-03-29 03:00',
      '2026-03-29 03:30',
    ])
  })
})
