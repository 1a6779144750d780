import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeReminders } from './test/fake-reminders'

const fake = { monitor: new EventEmitter(), idle: 0 }

vi.mock('electron', () => ({
  get powerMonitor() {
    return Object.assign(fake.monitor, { getSystemIdleTime: () => fake.idle })
  },
}))

const { forwardPowerEvents, systemIdle } = await import('./power')

beforeEach(() => {
  fake.monitor = new EventEmitter()
})

describe('power events', () => {
  it('tell the reminders about sleep, wake, lock and unlock', () => {
    const reminders = new FakeReminders()
    forwardPowerEvents(() => reminders)
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) {
      fake.monitor.emit(event)
    }
    expect(reminders.calls).toEqual(['suspended', 'resumed', 'locked', 'unlocked'])
  })

  it('reach whichever reminders are current at the time of the event', () => {
    let current: FakeReminders | null = null
    forwardPowerEvents(() => current)
    fake.monitor.emit('suspend')
    current = new FakeReminders()
    fake.monitor.emit('resume')
    expect(current.calls).toEqual(['resumed'])
  })

  it('stop when asked', () => {
    const reminders = new FakeReminders()
    const stop = forwardPowerEvents(() => reminders)
    stop()
    fake.monitor.emit('lock-screen')
    expect(reminders.calls).toEqual([])
    expect(fake.monitor.eventNames()).toEqual([])
  })

  it('idle time is what the system reports, read when asked', () => {
    fake.idle = 0
    const first = systemIdle.idleSeconds()
    fake.idle = 301
    expect([first, systemIdle.idleSeconds()]).toEqual([0, 301])
  })
})
