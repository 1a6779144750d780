import { describe, expect, it } from 'vitest'
import { defaultReminderSettings, type ReminderSettings } from '../../../shared/domain/reminders'
import { local, simulate, t } from './test-fixtures'

const deskDay = {
  move: [
    '09:45',
    '10:30',
    '11:15',
    '12:00',
    '12:45',
    '13:30',
    '14:15',
    '15:00',
    '15:45',
    '16:30',
    '17:15',
  ],
  hydrate: ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00'],
}

function on(date: string, times: string[]): string[] {
  return times.map((hhmm) => `${date} ${hhmm}`)
}

function withSettings(patch: Partial<ReminderSettings>): ReminderSettings {
  return { ...defaultReminderSettings, ...patch }
}

describe('reminder scheduler: a week with the defaults', () => {
  // Monday 2 March 2026 to Monday 9 March, Europe/Berlin (CET, no DST change).
  const sim = simulate('2026-03-02 07:30')
  sim.run('2026-03-09 07:30')
  const weekdays = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']
  const allDays = [...weekdays, '2026-03-07', '2026-03-08']

  it('moves every 45 minutes of desk time, Monday to Friday 09:00-17:30 only', () => {
    expect(sim.out.times('move')).toEqual(weekdays.flatMap((d) => on(d, deskDay.move)))
  })

  it('reminds to drink every hour within working hours only', () => {
    expect(sim.out.times('hydrate')).toEqual(weekdays.flatMap((d) => on(d, deskDay.hydrate)))
  })

  it('shows the bedtime stretch at 22:00 every day, half an hour before quiet hours', () => {
    expect(sim.out.times('bedtime')).toEqual(allDays.map((d) => `${d} 22:00`))
  })

  it('asks the morning check-in at 08:00 every day, weekends too', () => {
    expect(sim.out.times('morning_checkin')).toEqual(allDays.map((d) => `${d} 08:00`))
  })

  it('keeps the warm-up off by default and never arms more than one timer', () => {
    expect(sim.out.times('warm_up')).toEqual([])
    expect(sim.timers.maxArmed).toBe(1)
  })

  it('records a reminder left unanswered as not answered, not dismissed, once the next one of its kind shows', () => {
    const moveRows = sim.out.rows.filter((r) => r.kind === 'move')
    expect(moveRows).toHaveLength(weekdays.length * deskDay.move.length - 1)
    expect(moveRows.every((r) => r.outcome === 'unanswered')).toBe(true)
    expect(local(moveRows[0]?.outcomeAt ?? 0)).toBe('2026-03-02 10:30')
  })

  it('varies the wording and never repeats the line just shown', () => {
    const ids = sim.out.shown.filter((r) => r.kind === 'move').map((r) => r.message.id)
    expect(new Set(ids).size).toBeGreaterThanOrEqual(4)
    ids.slice(1).forEach((id, i) => {
      expect(id).not.toBe(ids[i])
    })
  })
})

describe('working hours and days', () => {
  it('fires desk reminders only on the chosen days, inside the chosen hours', () => {
    const settings = withSettings({
      workHours: { days: ['tue', 'thu'], start: '10:00', end: '12:00' },
      move: { enabled: true, afterMin: 30, sitStand: false },
    })
    const sim = simulate('2026-03-02 00:00', settings)
    sim.run('2026-03-09 00:00')
    const desk = ['10:30', '11:00', '11:30']
    expect(sim.out.times('move')).toEqual([...on('2026-03-03', desk), ...on('2026-03-05', desk)])
    // 12:00 is the end of the working window, so the second hourly reminder never fits.
    expect(sim.out.times('hydrate')).toEqual(['2026-03-03 11:00', '2026-03-05 11:00'])
  })

  it('shows the warm-up on its chosen weekdays only', () => {
    const settings = withSettings({ warm_up: { enabled: true, at: '18:30', days: ['wed', 'sat'] } })
    const sim = simulate('2026-03-02 00:00', settings)
    sim.run('2026-03-16 00:00')
    expect(sim.out.times('warm_up')).toEqual([
      '2026-03-04 18:30',
      '2026-03-07 18:30',
      '2026-03-11 18:30',
      '2026-03-14 18:30',
    ])
  })
})

describe('quiet hours', () => {
  it('carve desk time: nothing during a quiet lunch, and intervals restart after it', () => {
    const sim = simulate(
      '2026-03-02 07:30',
      withSettings({ quietHours: { enabled: true, start: '12:00', end: '13:00' } }),
    )
    sim.run('2026-03-02 18:00')
    expect(sim.out.times('move')).toEqual(
      on('2026-03-02', ['09:45', '10:30', '11:15', '13:45', '14:30', '15:15', '16:00', '16:45']),
    )
    expect(sim.out.times('hydrate')).toEqual(
      on('2026-03-02', ['10:00', '11:00', '14:00', '15:00', '16:00', '17:00']),
    )
  })

  it('swallow a clock-time reminder set inside them (Settings refuses such a time)', () => {
    const sim = simulate(
      '2026-03-02 07:30',
      withSettings({ bedtime: { enabled: true, at: '23:00' } }),
    )
    sim.run('2026-03-05 07:30')
    expect(sim.out.times('bedtime')).toEqual([])
  })

  it('hold back nothing when switched off', () => {
    const settings = withSettings({
      bedtime: { enabled: true, at: '23:00' },
      quietHours: { enabled: false, start: '22:30', end: '07:00' },
    })
    const sim = simulate('2026-03-02 07:30', settings)
    sim.run('2026-03-03 07:30')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-02 23:00'])
  })
})

describe('settings changes', () => {
  it('re-arms at once, and a shortened interval counts from the change rather than firing stale', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 10:55')
    sim.scheduler.updateSettings(
      withSettings({ move: { enabled: true, afterMin: 20, sitStand: false } }),
    )
    sim.run('2026-03-02 11:45')
    // 10:30 + 20 min is already past at 10:55, so move counts from the change.
    expect(sim.out.times('move', t('2026-03-02 10:31'))).toEqual(
      on('2026-03-02', ['11:15', '11:35']),
    )
    expect(sim.out.rows.filter((r) => r.outcome === 'expired' && r.firedAt === null)).toEqual([])
  })

  it('turning a reminder off closes its notification and stops it', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 10:05')
    const shown = sim.out.last('hydrate')
    sim.scheduler.updateSettings(withSettings({ hydrate: { enabled: false, everyMin: 60 } }))
    sim.run('2026-03-02 18:00')
    expect(sim.out.withdrawn).toContain(shown.id)
    expect(sim.out.times('hydrate')).toEqual(['2026-03-02 10:00'])
  })
})
