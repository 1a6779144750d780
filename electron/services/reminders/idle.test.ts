import { describe, expect, it } from 'vitest'
import { defaultReminderSettings } from '../../../shared/domain/reminders'
import { local, simulate, t } from './test-fixtures'

const monday = '2026-03-02'
const at = (hhmm: string) => t(`${monday} ${hhmm}`)
const shownBetween = (sim: ReturnType<typeof simulate>, from: number, to: number) =>
  sim.out.shown
    .filter((r) => r.firedAt >= from && r.firedAt < to)
    .map((r) => `${r.kind} ${local(r.firedAt)}`)

describe('idle: time away from the desk is a natural break', () => {
  it('an hour’s absence: nothing shows while away, move restarts on return, a long-missed water reminder expires', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('10:50'), at('11:40'))
    sim.run(at('13:00'))
    expect(shownBetween(sim, at('10:31'), at('12:24'))).toEqual([])
    expect(sim.out.times('move', at('10:31'))).toEqual([`${monday} 12:25`])
    expect(sim.out.times('hydrate', at('10:31'))).toEqual([`${monday} 12:40`])
    const expired = sim.out.rows.filter((r) => r.outcome === 'expired' && r.firedAt === null)
    expect(expired).toEqual([
      expect.objectContaining({
        kind: 'hydrate',
        dueAt: at('11:00'),
        firedAt: null,
        outcomeAt: at('11:40'),
      }),
    ])
  })

  it('a short absence: water that came due while away shows when they are back, move restarts', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('10:50'), at('11:10'))
    sim.run(at('12:30'))
    expect(shownBetween(sim, at('10:31'), at('12:30'))).toEqual([
      `hydrate ${monday} 11:10`,
      `move ${monday} 11:55`,
      `hydrate ${monday} 12:10`,
    ])
  })

  it('on Linux, which has no lock events, idle polling alone sees a locked lunch break as macOS and Windows do', () => {
    // macOS and Windows: the lock screen says when the user left and came back.
    const withLock = simulate(`${monday} 07:30`)
    withLock.idle.awayBetween(at('12:00'), at('13:00'))
    withLock.at(at('12:00'), () => {
      withLock.scheduler.screenLocked()
    })
    withLock.at(at('13:00'), () => {
      withLock.scheduler.screenUnlocked()
    })
    withLock.run(at('15:00'))
    // Linux: Electron reports no lock or unlock; only the idle counter grows.
    const idleOnly = simulate(`${monday} 07:30`)
    idleOnly.idle.awayBetween(at('12:00'), at('13:00'))
    idleOnly.run(at('15:00'))

    expect(shownBetween(idleOnly, at('12:01'), at('13:00'))).toEqual([])
    const afterReturn = (sim: ReturnType<typeof simulate>) => sim.out.times('move', at('13:00'))
    expect(afterReturn(idleOnly)).toEqual(afterReturn(withLock))
    // The absence was seen by polling while away, at least once a minute.
    const awayPolls = idleOnly.idle.polls.filter((p) => p > at('12:00') && p <= at('13:01'))
    expect(awayPolls.length).toBeGreaterThanOrEqual(55)
  })

  it('less than the idle threshold is not a break', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('10:51'), at('10:54'))
    sim.run(at('11:20'))
    expect(sim.out.times('move', at('10:31'))).toEqual([`${monday} 11:15`])
  })

  it('notices an absence that starts between two polls (6 minutes away from 10:51)', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('10:51'), at('10:57'))
    sim.run(at('11:50'))
    expect(sim.out.times('move', at('10:31'))).toEqual([`${monday} 11:42`])
  })

  it('the idle threshold is a setting', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.scheduler.updateSettings({ ...defaultReminderSettings, idleThresholdMin: 15 })
    sim.idle.awayBetween(at('10:50'), at('11:00'))
    sim.run(at('11:20'))
    // Ten minutes away is under the 15-minute threshold: move keeps its 11:15.
    expect(sim.out.times('move', at('10:31'))).toEqual([`${monday} 11:15`])
  })

  it('left the computer on overnight: no polls outside working hours, move counts from the morning return', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('17:10'), t('2026-03-03 09:20'))
    sim.run('2026-03-03 10:30')
    expect(sim.idle.polls.filter((p) => p >= at('17:30') && p < t('2026-03-03 09:00'))).toEqual([])
    expect(shownBetween(sim, at('17:10'), t('2026-03-03 10:30'))).toEqual([
      'bedtime 2026-03-02 22:00',
      'morning_checkin 2026-03-03 08:00',
      'hydrate 2026-03-03 10:00',
      'move 2026-03-03 10:05',
    ])
  })

  it('away at the end of the day: waiting water expires when working hours end; move just waits', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('16:50'), t('2026-03-03 09:20'))
    sim.run('2026-03-03 10:30')
    expect(sim.out.rows.filter((r) => r.outcome === 'expired' && r.firedAt === null)).toEqual([
      expect.objectContaining({ kind: 'hydrate', dueAt: at('17:00'), outcomeAt: at('17:30') }),
    ])
    expect(shownBetween(sim, at('16:50'), t('2026-03-03 10:30'))).toEqual([
      'bedtime 2026-03-02 22:00',
      'morning_checkin 2026-03-03 08:00',
      'hydrate 2026-03-03 10:00',
      'move 2026-03-03 10:05',
    ])
  })

  it('polls idle at most every 15 s, and only within working hours on working days', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.idle.awayBetween(at('12:00'), at('12:45'))
    sim.run('2026-03-09 07:30')
    const polls = sim.idle.polls
    polls.slice(1).forEach((p, i) => {
      expect(p - (polls[i] ?? 0)).toBeGreaterThanOrEqual(15_000)
    })
    for (const p of polls) {
      const hhmm = local(p).slice(11, 16)
      expect(hhmm >= '09:00' && hhmm < '17:30', local(p)).toBe(true)
      expect(new Date(p).getUTCDay()).not.toBe(0)
      expect(new Date(p).getUTCDay()).not.toBe(6)
    }
  })
})
