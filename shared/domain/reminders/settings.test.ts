import { describe, expect, it } from 'vitest'
import {
  defaultReminderSettings,
  ReminderSettings,
  ReminderSettingsInput,
  reminderSettingFields,
} from './settings'

const issues = (value: unknown) => {
  const result = ReminderSettingsInput.safeParse(value)
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

describe('reminder settings', () => {
  it('defaults: move 45, water 60, bedtime 22:00, check-in 08:00, warm-up off, Mon-Fri 09:00-17:30, quiet 22:30-07:00, idle 5', () => {
    expect(ReminderSettingsInput.parse(defaultReminderSettings)).toEqual(defaultReminderSettings)
    expect(defaultReminderSettings).toMatchObject({
      move: { enabled: true, afterMin: 45 },
      hydrate: { enabled: true, everyMin: 60 },
      bedtime: { enabled: true, at: '22:00' },
      warm_up: { enabled: false },
      morning_checkin: { enabled: true, at: '08:00' },
      workHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30' },
      quietHours: { enabled: true, start: '22:30', end: '07:00' },
      idleThresholdMin: 5,
    })
  })

  it('refuses a bedtime inside quiet hours, with a message that says how to fix it', () => {
    expect(issues({ ...defaultReminderSettings, bedtime: { enabled: true, at: '22:45' } })).toEqual(
      [
        {
          path: 'bedtime.at',
          message:
            '22:45 is inside quiet hours (22:30–07:00), so the bedtime stretch reminder would never show. Choose a time outside them or change quiet hours.',
        },
      ],
    )
    // Moving quiet hours earlier than the bedtime reminder is the same conflict, seen from the other side.
    const earlyQuiet = {
      ...defaultReminderSettings,
      quietHours: { enabled: true, start: '21:30', end: '07:00' },
    }
    expect(issues(earlyQuiet).map((i) => i.path)).toEqual(['bedtime.at'])
    // A switched-off reminder or switched-off quiet hours cannot conflict.
    expect(issues({ ...earlyQuiet, bedtime: { enabled: false, at: '22:00' } })).toEqual([])
    expect(
      issues({ ...earlyQuiet, quietHours: { ...earlyQuiet.quietHours, enabled: false } }),
    ).toEqual([])
  })

  it('checks the morning check-in and the warm-up against quiet hours too', () => {
    const s = {
      ...defaultReminderSettings,
      morning_checkin: { enabled: true, at: '06:30' },
      warm_up: { enabled: true, at: '23:00', days: ['sat'] },
    }
    expect(issues(s).map((i) => i.path)).toEqual(['warm_up.at', 'morning_checkin.at'])
  })

  it('needs working hours that end after they start, and at least one working day for desk reminders', () => {
    expect(
      issues({
        ...defaultReminderSettings,
        workHours: { days: ['mon'], start: '17:00', end: '09:00' },
      }),
    ).toEqual([{ path: 'workHours.end', message: 'Working hours must end after they start' }])
    expect(
      issues({
        ...defaultReminderSettings,
        workHours: { days: [], start: '09:00', end: '17:00' },
      })[0]?.path,
    ).toBe('workHours.days')
  })

  it('needs a day for an enabled warm-up, and each day once', () => {
    expect(
      issues({ ...defaultReminderSettings, warm_up: { enabled: true, at: '18:00', days: [] } })[0]
        ?.path,
    ).toBe('warm_up.days')
    expect(
      ReminderSettings.safeParse({
        ...defaultReminderSettings,
        warm_up: { enabled: false, at: '18:00', days: ['mon', 'mon'] },
      }).success,
    ).toBe(false)
  })

  it('bounds intervals and the idle threshold', () => {
    expect(
      issues({ ...defaultReminderSettings, move: { enabled: true, afterMin: 5 } })[0]?.message,
    ).toBe('Choose at least 10 minutes')
    expect(
      issues({ ...defaultReminderSettings, hydrate: { enabled: true, everyMin: 15.5 } })[0]
        ?.message,
    ).toBe('Use whole minutes')
    expect(issues({ ...defaultReminderSettings, idleThresholdMin: 0 })[0]?.path).toBe(
      'idleThresholdMin',
    )
  })

  it('has one schema per section, so a bad stored section can fall back alone', () => {
    expect(Object.keys(reminderSettingFields).sort()).toEqual(
      Object.keys(defaultReminderSettings).sort(),
    )
    expect(reminderSettingFields.hydrate.safeParse({ enabled: true, everyMin: 60 }).success).toBe(
      true,
    )
  })
})
