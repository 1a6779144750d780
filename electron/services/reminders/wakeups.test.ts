import { describe, expect, it } from 'vitest'
import { isDeskKind } from '../../../shared/domain/reminders'
import { HOUR, MINUTE, simulate, t } from './test-fixtures'

describe('wakeups over a workday with the default settings', () => {
  it('wakes a few times an hour, never with more than one timer armed', () => {
    const sim = simulate('2026-03-02 07:30')
    // A plausible user: stands up two minutes after a move reminder, drinks a minute
    // after a water reminder, lunches away from the desk and takes a coffee break.
    sim.out.onShow = (r) => {
      if (!isDeskKind(r.kind)) return
      const delay = r.kind === 'move' ? 2 * MINUTE : MINUTE
      sim.at(r.firedAt + delay, () => sim.scheduler.respond(r.id, { type: 'done' }))
    }
    sim.idle.awayBetween(t('2026-03-02 12:30'), t('2026-03-02 13:15'))
    sim.idle.awayBetween(t('2026-03-02 15:00'), t('2026-03-02 15:10'))
    sim.run('2026-03-03 07:30')

    const from = t('2026-03-02 09:00')
    const to = from + 8 * HOUR
    const inDay = (xs: number[]) => xs.filter((x) => x >= from && x < to)
    const wakeups = inDay(sim.timers.wakeups).length
    const polls = inDay(sim.idle.polls).length
    const perHour = wakeups / 8
    console.log(
      `8-hour workday: ${wakeups} timer wakeups (${polls} with an idle poll) = ${perHour.toFixed(1)} wakeups/hour; ` +
        `whole day: ${sim.timers.wakeups.length}. A one-second tick: 3,600/hour.`,
    )
    expect(sim.timers.maxArmed).toBe(1)
    // Fixed 15 s idle polling alone would be 240 an hour.
    expect(perHour).toBeLessThan(30)
    expect(polls).toBeLessThanOrEqual(wakeups)
    // The reminders themselves still came on time.
    expect(sim.out.times('move', from, to).slice(0, 2)).toEqual([
      '2026-03-02 09:45',
      '2026-03-02 10:32',
    ])
  })
})
