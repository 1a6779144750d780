import { describe, expect, it } from 'vitest'
import type { PauseOption } from '../../../shared/domain/reminders'
import { local, simulate, t } from './test-fixtures'

const monday = '2026-03-02'
const at = (hhmm: string) => t(`${monday} ${hhmm}`)

describe('pause all reminders', () => {
  // Paused at 10:05, after move (09:45) and water (10:00) have shown.
  const timed: [PauseOption, string, string, string][] = [
    ['30m', '10:35', '11:20', '11:35'],
    ['1h', '11:05', '11:50', '12:05'],
    ['2h', '12:05', '12:50', '13:05'],
  ]

  it.each(timed)(
    '%s: silent until %s, resumes by itself, then move and water count afresh',
    (option, until, move, water) => {
      const sim = simulate(`${monday} 07:30`)
      sim.run(at('10:05'))
      sim.scheduler.pause(option)
      expect(sim.scheduler.snapshot().pause).toEqual({
        option,
        since: at('10:05'),
        until: at(until),
      })
      const pollsBefore = sim.idle.polls.length
      sim.run(at(until) - 1)
      expect(sim.out.shown.filter((r) => r.firedAt >= at('10:05'))).toEqual([])
      expect(sim.idle.polls.length).toBe(pollsBefore)
      // The single timer wakes exactly at the end of the pause, so the tray can switch its icon back.
      sim.run(at(until))
      expect(sim.timers.wakeups.map(local)).toContain(`${monday} ${until}`)
      expect(sim.scheduler.snapshot().pause).toBeNull()
      sim.run(at('13:59'))
      expect(sim.out.times('move', at('10:05'))[0]).toBe(`${monday} ${move}`)
      expect(sim.out.times('hydrate', at('10:05'))[0]).toBe(`${monday} ${water}`)
      expect(sim.out.rows.filter((r) => r.outcome === 'expired' && r.firedAt === null)).toEqual([])
    },
  )

  it('until tomorrow: nothing more today (no bedtime stretch), the morning check-in comes as usual', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('15:00'))
    sim.scheduler.pause('tomorrow')
    expect(local(sim.scheduler.snapshot().pause?.until ?? 0)).toBe('2026-03-03 00:00')
    sim.run('2026-03-03 10:15')
    expect(
      sim.out.shown
        .filter((r) => r.firedAt > at('15:00'))
        .map((r) => `${r.kind} ${local(r.firedAt)}`),
    ).toEqual([
      'morning_checkin 2026-03-03 08:00',
      'move 2026-03-03 09:45',
      'hydrate 2026-03-03 10:00',
    ])
  })

  it('until I resume: no timer at all while paused, and nothing owed afterwards', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('10:05'))
    sim.scheduler.pause('until_resume')
    expect(sim.timers.armed.size).toBe(0)
    const wakeups = sim.timers.wakeups.length
    sim.run('2026-03-04 11:00')
    expect(sim.timers.wakeups.length).toBe(wakeups)
    expect(sim.scheduler.snapshot().upcoming).toEqual([])
    sim.scheduler.resume()
    sim.run('2026-03-04 23:00')
    expect(sim.out.times('move', at('10:05'))[0]).toBe('2026-03-04 11:45')
    expect(sim.out.times('hydrate', at('10:05'))[0]).toBe('2026-03-04 12:00')
    expect(sim.out.times('bedtime', at('10:05'))).toEqual(['2026-03-04 22:00'])
    expect(sim.out.rows.filter((r) => r.outcome === 'expired' && r.firedAt === null)).toEqual([])
  })

  it('resuming early restarts from the resume; pausing again replaces the pause', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('10:05'))
    sim.scheduler.pause('2h')
    sim.run(at('10:20'))
    sim.scheduler.pause('30m')
    expect(sim.scheduler.snapshot().pause?.until).toBe(at('10:50'))
    sim.run(at('10:30'))
    sim.scheduler.resume()
    sim.run(at('11:20'))
    expect(sim.out.times('move', at('10:05'))).toEqual([`${monday} 11:15`])
  })
})
