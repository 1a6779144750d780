import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DeskKind,
  isDeskKind,
  PauseOption,
  ReminderSettings,
  snoozeChoices,
  Weekday,
} from '../../../shared/domain/reminders'
import type { FiredReminder } from './ports'
import { HOUR, MINUTE, simulate, ZONE } from './test-fixtures'

const pad = (n: number) => String(n).padStart(2, '0')
const minuteToTime = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
const hhmm = fc.integer({ min: 0, max: 1439 }).map(minuteToTime)
const toMinutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3))

const settingsArb = fc
  .record({
    move: fc.record({ enabled: fc.boolean(), afterMin: fc.integer({ min: 10, max: 180 }) }),
    hydrate: fc.record({ enabled: fc.boolean(), everyMin: fc.integer({ min: 15, max: 240 }) }),
    bedtime: fc.record({ enabled: fc.boolean(), at: hhmm }),
    warm_up: fc.record({
      enabled: fc.boolean(),
      at: hhmm,
      days: fc.subarray([...Weekday.options]),
    }),
    morning_checkin: fc.record({ enabled: fc.boolean(), at: hhmm }),
    workHours: fc
      .record({
        days: fc.subarray([...Weekday.options]),
        span: fc.uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 2 }),
      })
      .map(({ days, span }) => {
        const [a = 0, b = 1] = [...span].sort((x, y) => x - y)
        return { days, start: minuteToTime(a), end: minuteToTime(b) }
      }),
    quietHours: fc.record({ enabled: fc.boolean(), start: hhmm, end: hhmm }),
    idleThresholdMin: fc.integer({ min: 1, max: 60 }),
  })
  .map((s) => ReminderSettings.parse(s))

const gap = fc.oneof(
  fc.integer({ min: 0, max: 10 * MINUTE }),
  fc.integer({ min: 0, max: 3 * HOUR }),
)
const event = fc.oneof(
  fc.constant({ type: 'run' as const }),
  fc.record({ type: fc.constant('snooze' as const), minutes: fc.constantFrom(...snoozeChoices) }),
  fc.record({ type: fc.constantFrom('skip' as const, 'answer' as const, 'dismiss' as const) }),
  fc.record({ type: fc.constant('done' as const), kind: fc.constantFrom(...DeskKind.options) }),
  fc.record({
    type: fc.constant('pause' as const),
    option: fc.constantFrom(...PauseOption.options),
  }),
  fc.record({
    type: fc.constantFrom(
      'resume' as const,
      'suspend' as const,
      'wake' as const,
      'lock' as const,
      'unlock' as const,
    ),
  }),
  fc.record({ type: fc.constantFrom('leave' as const, 'back' as const, 'freeze' as const) }),
  fc.record({ type: fc.constant('settings' as const), settings: settingsArb }),
)
const start = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
  fc.integer({ min: Date.UTC(2026, 2, 27), max: Date.UTC(2026, 2, 30) }),
  fc.integer({ min: Date.UTC(2026, 9, 23), max: Date.UTC(2026, 9, 26) }),
)

/** Independent of the code under test: Berlin wall clock straight from @date-fns/tz. */
function wall(at: number): { minute: number; weekday: Weekday } {
  const d = new TZDate(at, ZONE)
  const weekday = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[d.getDay()] ?? 'sun'
  return { minute: d.getHours() * 60 + d.getMinutes(), weekday }
}

function inWindow(minute: number, start: string, end: string): boolean {
  const s = toMinutes(start)
  const e = toMinutes(end)
  return s <= e ? minute >= s && minute < e : minute >= s || minute < e
}

describe('scheduler (property)', () => {
  it('one timer at most; nothing in quiet hours, a pause, sleep or lock; desk reminders only in working hours', () => {
    fc.assert(
      fc.property(
        start,
        settingsArb,
        fc.array(fc.record({ gap, event }), { maxLength: 25 }),
        (begin, initial, events) => {
          const sim = simulate(begin, initial)
          let settings = initial
          let pausedUntil = -Infinity
          let asleep = false
          let locked = false
          const check = (r: FiredReminder) => {
            const now = sim.clock.now()
            expect(r.firedAt).toBe(now)
            expect(asleep || locked).toBe(false)
            expect(now >= pausedUntil).toBe(true)
            expect(now - r.dueAt).toBeGreaterThanOrEqual(0)
            expect(now - r.dueAt).toBeLessThanOrEqual(30 * MINUTE)
            const { minute, weekday } = wall(now)
            const q = settings.quietHours
            if (q.enabled && q.start !== q.end) expect(inWindow(minute, q.start, q.end)).toBe(false)
            if (isDeskKind(r.kind)) {
              const w = settings.workHours
              expect(w.days).toContain(weekday)
              expect(minute >= toMinutes(w.start) && minute < toMinutes(w.end)).toBe(true)
            }
          }
          sim.out.onShow = check
          for (const { gap: ms, event: e } of events) {
            if (e.type === 'freeze') sim.sleep(ms)
            else sim.run(sim.clock.now() + ms)
            const now = sim.clock.now()
            const shown = sim.scheduler.snapshot().pending.at(-1)
            switch (e.type) {
              case 'snooze':
                if (shown) sim.scheduler.respond(shown.id, { type: 'snoozed', minutes: e.minutes })
                break
              case 'skip':
              case 'answer':
              case 'dismiss':
                if (shown) {
                  const type =
                    e.type === 'skip' ? 'skipped' : e.type === 'answer' ? 'done' : 'dismissed'
                  sim.scheduler.respond(shown.id, { type })
                }
                break
              case 'done':
                sim.scheduler.done(e.kind)
                break
              case 'pause': {
                sim.scheduler.pause(e.option)
                const until = sim.scheduler.snapshot().pause?.until ?? null
                pausedUntil = until ?? Infinity
                // The pause's end is checked independently for the timed options.
                const expected = { '30m': 30 * MINUTE, '1h': HOUR, '2h': 2 * HOUR }[
                  e.option as string
                ]
                if (expected !== undefined) expect(until).toBe(now + expected)
                break
              }
              case 'resume':
                sim.scheduler.resume()
                pausedUntil = Math.min(pausedUntil, now)
                break
              case 'suspend':
                sim.scheduler.systemSuspended()
                asleep = true
                break
              case 'wake':
                sim.scheduler.systemResumed()
                asleep = false
                break
              case 'lock':
                sim.scheduler.screenLocked()
                locked = true
                break
              case 'unlock':
                sim.scheduler.screenUnlocked()
                locked = false
                break
              case 'leave':
                sim.idle.leave()
                break
              case 'back':
                sim.idle.comeBack()
                break
              case 'settings':
                sim.scheduler.updateSettings(e.settings)
                settings = e.settings
                break
              case 'run':
              case 'freeze':
                break
            }
            // Paused "since" is only known once paused; a pause before it never applied.
            if (pausedUntil !== -Infinity && sim.scheduler.snapshot().pause === null)
              pausedUntil = Math.min(pausedUntil, now)
            expect(sim.timers.armed.size).toBeLessThanOrEqual(1)
          }
          sim.run(sim.clock.now() + 2 * 24 * HOUR)
          expect(sim.timers.maxArmed).toBeLessThanOrEqual(1)
        },
      ),
      { numRuns: 150 },
    )
  }, 120_000)
})
