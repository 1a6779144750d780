import { describe, expect, it } from 'vitest'
import { ReminderRecord, ReminderResponse } from './history'

const row = {
  id: 'r1',
  kind: 'move',
  dueAt: 1_000_000,
  firedAt: 1_000_000,
  utcOffsetMin: 60,
  outcome: 'done',
  outcomeAt: 1_060_000,
  snoozeMin: null,
}

describe('reminder history rows', () => {
  it('accepts each outcome in its own shape', () => {
    expect(ReminderRecord.safeParse(row).success).toBe(true)
    expect(ReminderRecord.safeParse({ ...row, outcome: 'snoozed', snoozeMin: 10 }).success).toBe(
      true,
    )
    expect(ReminderRecord.safeParse({ ...row, outcome: 'expired', firedAt: null }).success).toBe(
      true,
    )
  })

  it('rejects rows that contradict themselves', () => {
    // Held reminders never showed, and say what held them.
    expect(ReminderRecord.safeParse({ ...row, outcome: 'held', heldBy: 'camera' }).success).toBe(
      false,
    )
    expect(ReminderRecord.safeParse({ ...row, firedAt: null, outcome: 'held' }).success).toBe(false)
    expect(
      ReminderRecord.safeParse({ ...row, firedAt: null, outcome: 'held', heldBy: 'camera' })
        .success,
    ).toBe(true)
    // A prompt left until its moment passed expired after showing.
    expect(ReminderRecord.safeParse({ ...row, outcome: 'expired' }).success).toBe(true)
    expect(ReminderRecord.safeParse({ ...row, firedAt: null }).success).toBe(false)
    expect(ReminderRecord.safeParse({ ...row, snoozeMin: 5 }).success).toBe(false)
    expect(ReminderRecord.safeParse({ ...row, outcome: 'snoozed', snoozeMin: 7 }).success).toBe(
      false,
    )
    expect(ReminderRecord.safeParse({ ...row, outcomeAt: 999_999 }).success).toBe(false)
  })

  it('parses answers from the notification, tray or app', () => {
    expect(ReminderResponse.parse({ type: 'snoozed', minutes: 15 })).toEqual({
      type: 'snoozed',
      minutes: 15,
    })
    expect(ReminderResponse.safeParse({ type: 'snoozed', minutes: 20 }).success).toBe(false)
    expect(ReminderResponse.safeParse({ type: 'done', extra: 1 }).success).toBe(false)
  })
})
