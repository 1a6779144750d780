import { describe, expect, it } from 'vitest'
import { defaultReminderSettings, type ReminderSettings } from '../../../shared/domain/reminders'
import { BUSY_POLL_MS } from './busy-hold'
import { local, simulate, t } from './test-fixtures'

const monday = '2026-03-02'
const at = (hhmm: string) => t(`${monday} ${hhmm}`)
const shownBetween = (sim: ReturnType<typeof simulate>, from: number, to: number) =>
  sim.out.shown
    .filter((r) => r.firedAt >= from && r.firedAt < to)
    .map((r) => `${r.kind} ${local(r.firedAt)}`)
const withBusy = (busy: Partial<ReminderSettings['busy']>): ReminderSettings => ({
  ...defaultReminderSettings,
  busy: { ...defaultReminderSettings.busy, ...busy },
})

describe('busy: reminders wait for the call or full screen to end', () => {
  it('a 45-minute call over a due move reminder: one prompt within a minute of the end, no burst', () => {
    const sim = simulate(`${monday} 07:30`)
    // Move is due 09:45 (45 min into working hours), water 10:00: both inside the call.
    sim.busy.between(at('09:30'), at('10:15'), 'camera')
    sim.run(at('11:30'))
    expect(shownBetween(sim, at('09:30'), at('10:15'))).toEqual([])
    const after = sim.out.shown.filter((r) => r.firedAt >= at('10:15') && r.firedAt < at('11:00'))
    expect(after.map((r) => r.kind).sort()).toEqual(['hydrate', 'move'])
    for (const r of after) expect(r.firedAt - at('10:15')).toBeLessThanOrEqual(BUSY_POLL_MS)
    // The next move counts from that prompt, not from its old due time: no catch-up.
    expect(sim.out.times('move', at('10:15'))).toEqual([`${monday} 10:15`, `${monday} 11:00`])
    expect(sim.out.rows.filter((r) => r.outcome === 'held' || r.outcome === 'expired')).toEqual([])
  })

  it('asks the detectors only while a reminder is due or held, once a minute at most', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.busy.between(at('09:30'), at('10:15'), 'camera')
    sim.run(at('17:30'))
    // Before 09:45 only the morning check-in comes due: one question, at 08:00.
    expect(sim.busy.checks.filter((c) => c < at('09:45'))).toEqual([at('08:00')])
    const gaps = sim.busy.checks.slice(1).map((c, i) => c - (sim.busy.checks[i] ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(BUSY_POLL_MS)
    // Held from 09:45 to 10:15 is about 31 questions; the rest are one per reminder shown.
    const shownAfterCall = sim.out.shown.filter((r) => r.firedAt > at('10:16')).length
    expect(sim.busy.checks.length).toBeLessThanOrEqual(32 + shownAfterCall)
  })

  it('a call across bedtime drops the bedtime prompt and records it as held during the call', () => {
    const sim = simulate(`${monday} 18:00`)
    sim.busy.between(at('21:50'), at('23:00'), 'microphone')
    sim.run(t('2026-03-03 06:00'))
    expect(sim.out.times('bedtime')).toEqual([])
    const rows = sim.out.rows.filter((r) => r.kind === 'bedtime')
    expect(rows).toEqual([
      expect.objectContaining({
        dueAt: at('22:00'),
        firedAt: null,
        outcome: 'held',
        heldBy: 'microphone',
      }),
    ])
    // Dropped once its window closed (quiet hours from 22:30), not at the end of the call.
    expect(rows[0]?.outcomeAt).toBeLessThanOrEqual(at('22:30') + BUSY_POLL_MS)
  })

  it('holds at most the set number of minutes, then shows while still busy', () => {
    const sim = simulate(`${monday} 07:30`, withBusy({ maxHoldMin: 20 }))
    sim.busy.between(at('09:00'), at('17:30'), 'fullscreen')
    sim.run(at('10:30'))
    expect(sim.out.times('move', at('09:00'), at('10:30'))[0]).toBe(`${monday} 10:05`)
  })

  it('shows on time when holding is off, or when the signal that is busy is switched off', () => {
    const off = simulate(`${monday} 07:30`, withBusy({ enabled: false }))
    off.busy.between(at('09:30'), at('10:15'), 'camera')
    off.run(at('10:00'))
    expect(off.out.times('move')).toEqual([`${monday} 09:45`])
    expect(off.busy.checks).toEqual([])

    const signals = { ...defaultReminderSettings.busy.signals, camera: false }
    const noCamera = simulate(`${monday} 07:30`, withBusy({ signals }))
    noCamera.busy.between(at('09:30'), at('10:15'), 'camera')
    noCamera.run(at('10:00'))
    expect(noCamera.out.times('move')).toEqual([`${monday} 09:45`])
  })

  it('lists a held reminder and why in the snapshot while it waits', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.busy.between(at('09:30'), at('10:15'), 'fullscreen')
    sim.run(at('09:50'))
    expect(sim.scheduler.snapshot().held).toEqual([{ kind: 'move', signal: 'fullscreen' }])
    sim.run(at('10:17'))
    expect(sim.scheduler.snapshot().held).toEqual([])
    expect(sim.out.times('move')).toEqual([`${monday} 10:15`])
  })
})
