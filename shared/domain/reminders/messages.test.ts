import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reminderKinds } from './kinds'
import { pickMessage, reminderMessages } from './messages'
import { ReminderKind } from './settings'

describe('reminder messages', () => {
  it('has several lines per kind, each with a unique id, a title and a body', () => {
    const ids = Object.values(reminderMessages).flatMap((lines) => lines.map((m) => m.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const kind of ReminderKind.options) {
      expect(reminderMessages[kind].length).toBeGreaterThanOrEqual(4)
      for (const m of reminderMessages[kind]) {
        expect(m.title.length).toBeGreaterThan(0)
        // Notifications truncate long bodies on some platforms.
        expect(m.body.length).toBeLessThanOrEqual(140)
      }
    }
  })

  it('promises nothing CONTENT.md does not: no prevent/cure/guarantee wording, no drugs', () => {
    const all = Object.values(reminderMessages).flatMap((lines) =>
      lines.map((m) => `${m.title} ${m.body}`),
    )
    for (const text of all) {
      expect(text).not.toMatch(
        /prevent|cure|guarantee|never cramp|no more cramps|stops? cramps|quinine|magnesium pill|supplement/i,
      )
    }
  })

  it('never picks the line shown last time, and uses every line over time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ReminderKind.options),
        fc.array(fc.double({ min: -1, max: 2 }), { minLength: 1, maxLength: 50 }),
        (kind, draws) => {
          let last: string | null = null
          for (const r of draws) {
            const m = pickMessage(kind, last, () => r)
            expect(m.id).not.toBe(last)
            last = m.id
          }
        },
      ),
    )
    let last: string | null = null
    const seen = new Set<string>()
    let x = 0.1
    for (let i = 0; i < 200; i++) {
      x = (x * 9301 + 0.49297) % 1
      last = pickMessage('bedtime', last, () => x).id
      seen.add(last)
    }
    expect(seen.size).toBe(reminderMessages.bedtime.length)
  })

  it('opens the matching routine or screen', () => {
    expect(reminderKinds.move.opens).toEqual({ type: 'routine', routineId: 'builtin-desk-break' })
    expect(reminderKinds.bedtime.opens).toEqual({ type: 'routine', routineId: 'builtin-bedtime' })
    expect(reminderKinds.warm_up.opens).toEqual({ type: 'routine', routineId: 'builtin-warm-up' })
    expect(reminderKinds.morning_checkin.opens).toEqual({ type: 'screen', screen: 'check-in' })
  })
})
