import { describe, expect, it } from 'vitest'
import { simulate, t } from './test-fixtures'

// Monday 2 March 2026, Berlin, default settings: move every 45 min of desk
// time from 09:00 (first at 09:45), water hourly, bedtime 22:00, quiet from 22:30.
describe('postponing the next reminder from the tray', () => {
  it('moves the next one by the minutes chosen, once, and the rhythm carries on from it', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 09:30')
    expect(sim.scheduler.snapshot().upcoming[0]).toEqual({
      kind: 'move',
      at: t('2026-03-02 09:45'),
    })
    expect(sim.scheduler.postponeNext(15)).toBe(true)
    expect(sim.scheduler.snapshot().upcoming[0]).toEqual({
      kind: 'move',
      at: t('2026-03-02 10:00'),
    })
    sim.run('2026-03-02 11:00')
    expect(sim.out.times('move')).toEqual(['2026-03-02 10:00', '2026-03-02 10:45'])
    // Postponing moved only that one reminder; water kept its hour.
    expect(sim.out.times('hydrate')).toEqual(['2026-03-02 10:00', '2026-03-02 11:00'])
  })

  it('until tomorrow skips the rest of today for a desk reminder', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-02 16:55')
    const next = sim.scheduler.snapshot().upcoming[0]
    expect(next?.kind).toBe('hydrate')
    expect(sim.scheduler.postponeNext('tomorrow')).toBe(true)
    sim.run('2026-03-03 10:30')
    expect(sim.out.times('hydrate', t('2026-03-02 16:55'))).toEqual(['2026-03-03 10:00'])
  })

  it('until tomorrow skips tonight’s bedtime stretch only', () => {
    const sim = simulate('2026-03-02 18:00')
    sim.run('2026-03-02 21:00')
    expect(sim.scheduler.snapshot().upcoming[0]?.kind).toBe('bedtime')
    expect(sim.scheduler.postponeNext('tomorrow')).toBe(true)
    sim.run('2026-03-04 07:00')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-03 22:00'])
  })

  it('offers only choices that can still show: not into quiet hours', () => {
    const sim = simulate('2026-03-02 21:00')
    sim.run('2026-03-02 21:05')
    // Bedtime at 22:00 and quiet hours from 22:30: 30 minutes later would never show.
    expect(sim.scheduler.snapshot().upcoming[0]?.kind).toBe('bedtime')
    expect(sim.scheduler.postponeChoices()).toEqual([5, 15, 'tomorrow'])
    expect(sim.scheduler.postponeNext(30)).toBe(false)
    sim.run('2026-03-03 07:00')
    expect(sim.out.times('bedtime')).toEqual(['2026-03-02 22:00'])
  })

  it('offers nothing while paused', () => {
    const sim = simulate('2026-03-02 09:20')
    sim.scheduler.pause('1h')
    expect(sim.scheduler.postponeChoices()).toEqual([])
    expect(sim.scheduler.postponeNext(5)).toBe(false)
  })
})
