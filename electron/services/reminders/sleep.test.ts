import { describe, expect, it } from 'vitest'
import { HOUR, local, MINUTE, simulate, t } from './test-fixtures'

const monday = '2026-03-02'
const at = (hhmm: string) => t(`${monday} ${hhmm}`)
type Sim = ReturnType<typeof simulate>
const shownBetween = (sim: Sim, from: number, to: number) =>
  sim.out.shown
    .filter((r) => r.firedAt >= from && r.firedAt < to)
    .map((r) => `${r.kind} ${local(r.firedAt)}`)
const expired = (sim: Sim) =>
  sim.out.rows
    .filter((r) => r.outcome === 'expired' && r.firedAt === null)
    .map((r) => `${r.kind} due ${local(r.dueAt)} expired ${local(r.outcomeAt)}`)

/** Suspend at `from`, no timers for `ms`, then resume (as powerMonitor reports). */
function sleepFor(sim: Sim, from: number, ms: number, events = true): void {
  sim.run(from)
  if (events) sim.scheduler.systemSuspended()
  sim.sleep(ms)
  if (events) sim.scheduler.systemResumed()
}

describe('sleep and resume', () => {
  const expectAfterThreeHours = (sim: Sim) => {
    sim.run(at('16:00'))
    expect(shownBetween(sim, at('10:20'), at('14:00'))).toEqual([])
    expect(expired(sim)).toEqual([`hydrate due ${monday} 11:00 expired ${monday} 13:20`])
    expect(sim.out.times('move', at('10:20'))).toEqual([
      `${monday} 14:05`,
      `${monday} 14:50`,
      `${monday} 15:35`,
    ])
    expect(sim.out.times('hydrate', at('10:20'))).toEqual([`${monday} 14:20`, `${monday} 15:20`])
  }

  it('3 hours asleep: no burst on resume; missed due times expire and each next time is recomputed', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('10:20'), 3 * HOUR)
    expectAfterThreeHours(sim)
  })

  it('the same when no suspend/resume event arrives: a timer hours late counts as sleep', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('10:20'), 3 * HOUR, false)
    expectAfterThreeHours(sim)
  })

  it('no wakeups between suspend and resume', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('10:20'))
    sim.scheduler.systemSuspended()
    sim.run(at('13:20'))
    expect(sim.timers.wakeups.filter((w) => w > at('10:20'))).toEqual([])
  })

  it('a clock-time reminder missed by under 30 minutes shows on resume', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('21:50'), 30 * MINUTE)
    sim.run(at('22:21'))
    expect(sim.out.times('bedtime')).toEqual([`${monday} 22:20`])
    expect(sim.out.last('bedtime').dueAt).toBe(at('22:00'))
  })

  it('one missed by more than 30 minutes expires instead', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('21:50'), 50 * MINUTE)
    sim.run('2026-03-03 07:00')
    expect(sim.out.times('bedtime')).toEqual([])
    expect(expired(sim)).toEqual([`bedtime due ${monday} 22:00 expired ${monday} 22:40`])
  })

  it('overnight: the morning check-in shows if the laptop opens soon after 08:00', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('23:00'), t('2026-03-03 08:10') - at('23:00'))
    sim.run('2026-03-03 08:11')
    expect(sim.out.times('morning_checkin', at('23:00'))).toEqual(['2026-03-03 08:10'])
  })

  it('overnight until 09:00: the check-in expires, the desk day starts normally', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, at('23:00'), t('2026-03-03 09:00') - at('23:00'))
    sim.run('2026-03-03 10:01')
    expect(shownBetween(sim, at('23:00'), t('2026-03-03 10:01'))).toEqual([
      'move 2026-03-03 09:45',
      'hydrate 2026-03-03 10:00',
    ])
    expect(expired(sim)).toEqual(['morning_checkin due 2026-03-03 08:00 expired 2026-03-03 09:00'])
  })

  it('a weekend asleep: only the latest missed occurrence of each kind is considered', () => {
    const sim = simulate(`${monday} 07:30`)
    sleepFor(sim, t('2026-03-06 18:00'), t('2026-03-09 08:05') - t('2026-03-06 18:00'))
    sim.run('2026-03-09 09:00')
    expect(shownBetween(sim, t('2026-03-06 18:00'), t('2026-03-09 09:00'))).toEqual([
      'morning_checkin 2026-03-09 08:05',
    ])
    expect(expired(sim)).toEqual(['bedtime due 2026-03-08 22:00 expired 2026-03-09 08:05'])
  })
})

describe('lock and unlock', () => {
  it('a 20-minute lock is a break: nothing shows while locked, move restarts at unlock', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.at(at('10:20'), () => {
      sim.scheduler.screenLocked()
    })
    sim.at(at('10:40'), () => {
      sim.scheduler.screenUnlocked()
    })
    sim.run(at('11:30'))
    expect(sim.timers.wakeups.filter((w) => w > at('10:20') && w < at('10:40'))).toEqual([])
    expect(sim.idle.polls.filter((p) => p > at('10:20') && p < at('10:40'))).toEqual([])
    expect(shownBetween(sim, at('10:20'), at('11:30'))).toEqual([
      `hydrate ${monday} 11:00`,
      `move ${monday} 11:25`,
    ])
  })

  it('a reminder due during a short lock shows at unlock; a lock under the idle threshold is no break', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.at(at('10:58'), () => {
      sim.scheduler.screenLocked()
    })
    sim.at(at('11:02'), () => {
      sim.scheduler.screenUnlocked()
    })
    sim.run(at('11:20'))
    expect(shownBetween(sim, at('10:58'), at('11:20'))).toEqual([
      `hydrate ${monday} 11:02`,
      `move ${monday} 11:15`,
    ])
    expect(sim.out.last('hydrate').dueAt).toBe(at('11:00'))
  })
})
