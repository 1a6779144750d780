import { describe, expect, it } from 'vitest'
import { local, simulate, t } from './test-fixtures'

const pendingKinds = (sim: ReturnType<typeof simulate>) =>
  sim.scheduler.snapshot().pending.map((p) => p.kind)

describe('prompts left unanswered expire once their moment has passed', () => {
  it('the bedtime stretch goes when the night is over, the morning check-in at noon', () => {
    const sim = simulate('2026-03-02 18:00')
    sim.run('2026-03-02 22:01')
    expect(pendingKinds(sim)).toContain('bedtime')
    sim.run('2026-03-03 08:01')
    // At 08:00 next day: the morning check-in is up, last night's bedtime stretch is not.
    expect(pendingKinds(sim)).not.toContain('bedtime')
    expect(pendingKinds(sim)).toContain('morning_checkin')
    const bedtime = sim.out.rows.find((r) => r.kind === 'bedtime')
    expect(bedtime).toMatchObject({ outcome: 'expired', firedAt: t('2026-03-02 22:00') })
    expect(local(bedtime?.outcomeAt ?? 0)).toBe('2026-03-03 07:00')
    sim.run('2026-03-03 12:30')
    const checkIn = sim.out.rows.find((r) => r.kind === 'morning_checkin')
    expect(checkIn).toMatchObject({ outcome: 'expired', firedAt: t('2026-03-03 08:00') })
    expect(local(checkIn?.outcomeAt ?? 0)).toBe('2026-03-03 12:00')
  })

  it('a timer that fires late (a paused process, no suspend event) still drops it first', () => {
    const sim = simulate('2026-03-02 18:00')
    sim.run('2026-03-02 22:05')
    // The process is frozen for eleven hours: no timer runs, no event arrives.
    sim.sleep(11 * 60 * 60_000)
    sim.run('2026-03-03 09:06')
    expect(pendingKinds(sim)).not.toContain('bedtime')
    const bedtime = sim.out.rows.find((r) => r.kind === 'bedtime')
    expect(bedtime?.outcome).toBe('expired')
    expect(local(bedtime?.outcomeAt ?? 0)).toBe('2026-03-03 09:05')
    // Nothing from last night is shown late; this morning's check-in was stale and dropped unseen.
    expect(sim.out.times('bedtime')).toEqual(['2026-03-02 22:00'])
    expect(sim.out.rows.find((r) => r.kind === 'morning_checkin')).toMatchObject({
      outcome: 'expired',
      firedAt: null,
    })
  })

  it('a water prompt stays until the next water reminder replaces it (never two of a kind)', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 12:30')
    expect(pendingKinds(sim).filter((k) => k === 'hydrate')).toEqual(['hydrate'])
    const replaced = sim.out.rows.filter((r) => r.kind === 'hydrate')
    expect(replaced.every((r) => r.outcome === 'unanswered')).toBe(true)
  })
})
