import { describe, expect, it } from 'vitest'
import { defaultReminderSettings } from '../../../shared/domain/reminders'
import { SettingsRepository } from '../../db/settings-repo'
import { useTempDirs } from '../../testing/temp-dir'
import { reminderCore } from './service-fixtures'
import { simulate } from './test-fixtures'

const titles = (sim: ReturnType<typeof simulate>) =>
  sim.out.shown.filter((r) => r.kind === 'move').map((r) => r.message.title)

describe('the move reminder at a sit-stand desk', () => {
  it('alternates stand up and sit down through the working day', () => {
    const sim = simulate('2026-03-02 07:30', {
      ...defaultReminderSettings,
      move: { enabled: true, afterMin: 45, sitStand: true },
    })
    sim.run('2026-03-02 12:30')
    expect(titles(sim)).toEqual([
      'Time to stand up',
      'Time to sit down',
      'Time to stand up',
      'Time to sit down',
    ])
  })

  it('keeps the usual varied lines, never a posture one, when off', () => {
    const sim = simulate('2026-03-02 07:30')
    sim.run('2026-03-06 18:00')
    const ids = sim.out.shown.filter((r) => r.kind === 'move').map((r) => r.message.id)
    expect(ids.length).toBeGreaterThan(40)
    expect(ids.filter((id) => id.startsWith('move.posture'))).toEqual([])
  })
})

describe('move settings saved before the sit-stand switch existed', () => {
  const tempDir = useTempDirs()

  it('read as off, with no problem reported and nothing else lost', () => {
    const dir = tempDir()
    const first = reminderCore(dir, '2026-11-23 09:00')
    // The move section as an older version stored it.
    new SettingsRepository(first.core.storage.connection()).putMany(
      { 'reminders.move': { enabled: true, afterMin: 30 } },
      Date.now(),
    )
    first.core.close()
    const again = reminderCore(dir, '2026-11-23 09:00')
    try {
      const snapshot = again.reminders().settings()
      expect(snapshot.problems).toEqual([])
      expect(snapshot.settings.move).toEqual({ enabled: true, afterMin: 30, sitStand: false })
    } finally {
      again.core.close()
    }
  })
})
