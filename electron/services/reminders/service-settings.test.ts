import { afterEach, describe, expect, it } from 'vitest'
import { defaultReminderSettings, type ReminderSettings } from '../../../shared/domain/reminders'
import { useTempDirs } from '../../testing/temp-dir'
import type { Core } from '../core'
import { reminderCore } from './service-fixtures'
import { local } from './test-fixtures'

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

// Monday 23 November 2026 in Berlin (UTC+1), a working day.
function setup(dir = tempDir(), start: Parameters<typeof reminderCore>[1] = '2026-11-23 09:00') {
  const r = reminderCore(dir, start)
  open.push(r.core)
  return { ...r, dir }
}

function restart(prev: ReturnType<typeof setup>) {
  prev.core.close()
  return setup(prev.dir, prev.clock)
}

const withMove = (afterMin: number): ReminderSettings => ({
  ...defaultReminderSettings,
  move: { enabled: true, afterMin, sitStand: false },
})

describe('reminder settings', () => {
  it('start as the defaults with no problems, and a saved change survives a restart', () => {
    const first = setup()
    expect(first.reminders().settings()).toEqual({
      settings: defaultReminderSettings,
      problems: [],
    })
    first.reminders().saveSettings({
      ...withMove(30),
      quietHours: { enabled: true, start: '23:00', end: '06:30' },
    })
    const second = restart(first)
    expect(second.reminders().settings().settings).toEqual({
      ...withMove(30),
      quietHours: { enabled: true, start: '23:00', end: '06:30' },
    })
  })

  it('fall back to the default for a section that no longer reads, keep the rest and say which', () => {
    const first = setup()
    first.reminders().saveSettings(withMove(30))
    const put = first.core.storage
      .connection()
      .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, 0)')
    put.run('reminders.hydrate', '{"enabled":true,"everyMin":2}')
    put.run('reminders.workHours', '{not json')
    const second = restart(first)
    const { settings, problems } = second.reminders().settings()
    expect(settings).toEqual({ ...withMove(30), hydrate: defaultReminderSettings.hydrate })
    expect(problems.map((p) => p.key).sort()).toEqual(['hydrate', 'workHours'])
    expect(problems.find((p) => p.key === 'workHours')?.message).toMatch(/JSON/)
  })

  it('are refused, and nothing saved, when a reminder could never show', () => {
    const { reminders } = setup()
    expect(() =>
      reminders().saveSettings({
        ...withMove(30),
        morning_checkin: { enabled: true, at: '06:00' },
      }),
    ).toThrow(/inside quiet hours/)
    expect(reminders().settings().settings).toEqual(defaultReminderSettings)
  })

  it('do not show up as unknown app settings', () => {
    const { core, reminders } = setup()
    reminders().saveSettings(withMove(30))
    reminders().pause('1h')
    expect(core.services().settings.get().problems).toEqual([])
  })

  it('apply to the running reminders at once and tell the windows', () => {
    const { reminders, run, events } = setup()
    const moveAt = () =>
      reminders()
        .state()
        .snapshot.upcoming.find((u) => u.kind === 'move')?.at
    expect(local(moveAt() ?? 0)).toBe('2026-11-23 09:45')
    run('2026-11-23 09:05')
    reminders().saveSettings(withMove(20))
    expect(local(moveAt() ?? 0)).toBe('2026-11-23 09:20')
    expect(events.at(-1)).toEqual({ name: 'reminders:changed', payload: reminders().state() })
    run('2026-11-23 09:21')
    expect(
      reminders()
        .state()
        .shown.map((s) => [s.kind, local(s.firedAt)]),
    ).toEqual([['move', '2026-11-23 09:20']])
  })

  it('are not disturbed by a change to another setting', () => {
    const { core, reminders, events } = setup()
    const before = reminders().state()
    core.services().settings.update({ theme: 'dark', waterTargetMl: 2500 })
    expect(reminders().state()).toEqual(before)
    expect(events).toEqual([])
  })
})

describe('preview', () => {
  it('lists the rest of today for unsaved settings, up to local midnight, and saves nothing', () => {
    const { reminders } = setup(undefined, '2026-11-23 16:00')
    const times = (s: ReminderSettings) =>
      reminders()
        .preview(s)
        .upcoming.map((u) => `${u.kind} ${local(u.at).slice(11)}`)
    // Working hours end 17:30; morning check-in (08:00) is tomorrow's.
    expect(times(defaultReminderSettings)).toEqual(['move 16:45', 'hydrate 17:00', 'bedtime 22:00'])
    expect(
      times({
        ...defaultReminderSettings,
        move: { enabled: true, afterMin: 20, sitStand: false },
        hydrate: { enabled: false, everyMin: 60 },
        bedtime: { enabled: true, at: '21:15' },
        warm_up: { enabled: true, at: '18:30', days: ['mon'] },
      }),
    ).toEqual([
      'move 16:20',
      'move 16:40',
      'move 17:00',
      'move 17:20',
      'warm_up 18:30',
      'bedtime 21:15',
    ])
    expect(reminders().settings().settings).toEqual(defaultReminderSettings)
  })

  it('shows none during a pause, and the ones after it ends', () => {
    const { reminders } = setup(undefined, '2026-11-23 16:00')
    const times = () =>
      reminders()
        .preview(defaultReminderSettings)
        .upcoming.map((u) => `${u.kind} ${local(u.at).slice(11)}`)
    reminders().pause('1h')
    // Paused 16:00-17:00: the move at 16:45 falls inside it; water at 17:00 is just after.
    expect(times()).toEqual(['hydrate 17:00', 'bedtime 22:00'])
    reminders().pause('until_resume')
    expect(times()).toEqual([])
    reminders().resume()
    expect(times()).toEqual(['move 16:45', 'hydrate 17:00', 'bedtime 22:00'])
  })
})
