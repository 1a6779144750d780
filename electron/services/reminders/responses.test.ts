import { describe, expect, it } from 'vitest'
import { defaultReminderSettings } from '../../../shared/domain/reminders'
import { local, MINUTE, simulate, t } from './test-fixtures'

/** Monday 2 March 2026, defaults: move 09:45, 10:30…; water 10:00, 11:00… */
const monday = '2026-03-02'
const at = (hhmm: string) => t(`${monday} ${hhmm}`)

describe('answering a reminder', () => {
  it('snooze (5, 10, 15 min) shows it again exactly that long after the answer', () => {
    for (const minutes of [5, 10, 15] as const) {
      const sim = simulate(`${monday} 07:30`)
      sim.run(at('09:45'))
      const first = sim.out.last('move')
      sim.at(at('09:46'), () => {
        sim.scheduler.respond(first.id, { type: 'snoozed', minutes })
      })
      sim.run(at('10:25'))
      const again = at('09:46') + minutes * MINUTE
      expect(sim.out.times('move')).toEqual([`${monday} 09:45`, local(again)])
      // The snoozed showing starts the next interval: 45 min after it.
      sim.run(at('12:00'))
      expect(sim.out.times('move', again + 1)).toEqual([
        local(again + 45 * MINUTE),
        local(again + 90 * MINUTE),
      ])
      expect(sim.out.rows[0]).toMatchObject({
        id: first.id,
        kind: 'move',
        outcome: 'snoozed',
        snoozeMin: minutes,
      })
    }
  })

  it('a snooze that would land after working hours lapses; the next one is tomorrow', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('17:00'))
    const water = sim.out.last('hydrate')
    sim.at(at('17:20'), () => {
      sim.scheduler.respond(water.id, { type: 'snoozed', minutes: 15 })
    })
    sim.run('2026-03-03 11:00')
    expect(sim.out.times('hydrate', at('17:01'))).toEqual(['2026-03-03 10:00', '2026-03-03 11:00'])
  })

  it('a snoozed bedtime stretch shows again before quiet hours', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('22:00'))
    const bed = sim.out.last('bedtime')
    sim.at(at('22:05'), () => {
      sim.scheduler.respond(bed.id, { type: 'snoozed', minutes: 15 })
    })
    sim.run(at('23:00'))
    expect(sim.out.times('bedtime')).toEqual([`${monday} 22:00`, `${monday} 22:20`])
  })

  it('skip keeps the regular rhythm', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('09:45'))
    sim.at(at('09:50'), () => {
      sim.scheduler.respond(sim.out.last('move').id, { type: 'skipped' })
    })
    sim.run(at('11:20'))
    expect(sim.out.times('move')).toEqual([`${monday} 09:45`, `${monday} 10:30`, `${monday} 11:15`])
    expect(sim.out.rows[0]).toMatchObject({
      outcome: 'skipped',
      outcomeAt: at('09:50'),
      firedAt: at('09:45'),
    })
  })

  it('done and "routine started" restart the interval from the answer', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('09:45'))
    sim.at(at('09:52'), () => {
      sim.scheduler.respond(sim.out.last('move').id, { type: 'routine_started' })
    })
    sim.run(at('10:00'))
    sim.at(at('10:03'), () => {
      sim.scheduler.respond(sim.out.last('hydrate').id, { type: 'done' })
    })
    sim.run(at('11:10'))
    expect(sim.out.times('move')).toEqual([`${monday} 09:45`, `${monday} 10:37`])
    expect(sim.out.times('hydrate')).toEqual([`${monday} 10:00`, `${monday} 11:03`])
    expect(sim.out.rows.map((r) => r.outcome)).toEqual(['routine_started', 'done'])
  })

  it('"I just stood up" and "I drank water" reset their reminder at any time, and close one that is showing', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('10:00'))
    const water = sim.out.last('hydrate')
    sim.at(at('10:10'), () => {
      sim.scheduler.done('move')
    })
    sim.at(at('10:20'), () => {
      sim.scheduler.done('hydrate')
    })
    sim.run(at('11:30'))
    expect(sim.out.times('move', at('10:01'))).toEqual([`${monday} 10:55`])
    expect(sim.out.times('hydrate', at('10:01'))).toEqual([`${monday} 11:20`])
    expect(sim.out.withdrawn).toContain(water.id)
    const waterRow = sim.out.rows.find((r) => r.id === water.id)
    expect(waterRow).toMatchObject({ outcome: 'done', outcomeAt: at('10:20') })
  })

  it('ignores an answer to a reminder already answered or replaced', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('09:45'))
    const first = sim.out.last('move')
    expect(sim.scheduler.respond(first.id, { type: 'skipped' })).toBe(true)
    expect(sim.scheduler.respond(first.id, { type: 'done' })).toBe(false)
    expect(sim.scheduler.respond('nope', { type: 'done' })).toBe(false)
    expect(sim.out.rows).toHaveLength(1)
  })

  it('lists shown reminders awaiting an answer in the snapshot, for the in-app prompt', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('10:00'))
    expect(sim.scheduler.snapshot().pending.map((p) => [p.kind, local(p.firedAt)])).toEqual([
      ['morning_checkin', `${monday} 08:00`],
      ['move', `${monday} 09:45`],
      ['hydrate', `${monday} 10:00`],
    ])
  })
})

describe('snapshot for the tray', () => {
  it('gives each active reminder’s next time, soonest first, counting from when Limber started', () => {
    const sim = simulate(`${monday} 09:50`)
    expect(sim.scheduler.snapshot().upcoming.map((u) => [u.kind, local(u.at)])).toEqual([
      ['move', `${monday} 10:35`],
      ['hydrate', `${monday} 10:50`],
      ['bedtime', `${monday} 22:00`],
      ['morning_checkin', '2026-03-03 08:00'],
    ])
  })

  it('bumps its version only when its content changes, not on idle polls', () => {
    const sim = simulate(`${monday} 07:30`)
    const versions: number[] = []
    sim.scheduler.subscribe((s) => versions.push(s.version))
    sim.run(at('09:44'))
    // 08:00 check-in shown; 09:00-09:40 only polls.
    expect(versions).toEqual([2])
    expect(sim.idle.polls.length).toBeGreaterThanOrEqual(9)
    sim.run(at('09:45'))
    expect(versions).toEqual([2, 3])
    expect(sim.scheduler.snapshot().version).toBe(3)
  })
})

describe('lifecycle', () => {
  it('arms nothing when every reminder is off', () => {
    const off = { enabled: false }
    const sim = simulate(`${monday} 07:30`, {
      ...defaultReminderSettings,
      move: { ...off, afterMin: 45, sitStand: false },
      hydrate: { ...off, everyMin: 60 },
      bedtime: { ...off, at: '22:00' },
      morning_checkin: { ...off, at: '08:00' },
    })
    expect(sim.timers.armed.size).toBe(0)
    sim.run('2026-03-09 07:30')
    expect(sim.timers.wakeups).toEqual([])
    expect(sim.idle.polls).toEqual([])
  })

  it('dispose clears the timer and records reminders still showing as not answered', () => {
    const sim = simulate(`${monday} 07:30`)
    sim.run(at('09:50'))
    sim.scheduler.dispose()
    expect(sim.timers.armed.size).toBe(0)
    expect(sim.out.rows.map((r) => [r.kind, r.outcome])).toEqual([
      ['morning_checkin', 'unanswered'],
      ['move', 'unanswered'],
    ])
  })
})
