import { describe, expect, it } from 'vitest'
import { defaultReminderSettings } from '@shared/domain/reminders'
import { daysLabel, hoursSummary, reminderSummary } from './summary'

describe('reminder summary', () => {
  it('names runs of days as ranges and single days by name', () => {
    expect(daysLabel(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Mon–Fri')
    expect(daysLabel(['mon', 'wed', 'fri'])).toBe('Mon, Wed, Fri')
    expect(daysLabel(['sat', 'sun'])).toBe('Sat, Sun')
    expect(daysLabel(['mon', 'tue', 'wed', 'sat'])).toBe('Mon–Wed, Sat')
    expect(daysLabel(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Every day')
    expect(daysLabel([])).toBe('No days')
  })

  it('lists only the reminders that are on, with their schedules', () => {
    expect(reminderSummary(defaultReminderSettings)).toEqual([
      'Move after 45 min of sitting',
      'Water every 60 min',
      'Bedtime stretch at 22:00',
      'Morning check-in at 08:00',
    ])
    expect(
      reminderSummary({
        ...defaultReminderSettings,
        move: { enabled: false, afterMin: 45, sitStand: false },
        warm_up: { enabled: true, at: '18:30', days: ['tue', 'thu'] },
      }),
    ).toContain('Warm-up at 18:30 (Tue, Thu)')
    expect(hoursSummary(defaultReminderSettings)).toBe(
      'Working hours: Mon–Fri, 09:00–17:30. Quiet hours: 22:30–07:00.',
    )
  })
})
