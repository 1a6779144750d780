import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { RemindersState } from '../../../shared/contract/reminders'
import { ManualClock } from '../../../shared/domain/clock'
import type { ReminderSnapshot } from '../../../shared/domain/reminders'
import { MIN, T0, utc } from '../test/fake-reminders'
import { trayModel, trayTooltip } from './menu-model'
import { trayMenuTemplate, type TrayActions } from './menu-template'

const clock = new ManualClock(T0, utc)

function state(content: Partial<ReminderSnapshot> = {}): RemindersState {
  return {
    snapshot: { version: 1, pause: null, upcoming: [], pending: [], held: [], ...content },
    shown: [],
  }
}

const upcoming = [
  { kind: 'move' as const, at: T0 + 12 * MIN },
  { kind: 'bedtime' as const, at: Date.UTC(2026, 2, 2, 22, 0) },
  { kind: 'morning_checkin' as const, at: Date.UTC(2026, 2, 3, 8, 0) },
]

function fakeActions(): TrayActions {
  return {
    startDeskBreak: vi.fn(),
    crampNow: vi.fn(),
    crampOver: vi.fn(),
    openCramp: vi.fn(),
    postpone: vi.fn(),
    logCramp: vi.fn(),
    done: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    open: vi.fn(),
    quit: vi.fn(),
  }
}

function menu(s: RemindersState | null, actions = fakeActions()) {
  const template = trayMenuTemplate(trayModel(s, clock), actions)
  const find = (label: string, items = template): MenuItemConstructorOptions => {
    const all = items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? i.submenu : [])])
    const item = all.find((i) => i.label === label)
    if (!item) throw new Error(`no "${label}" in ${all.map((i) => i.label).join(', ')}`)
    return item
  }
  const click = (label: string) => {
    ;(find(label).click as () => void)()
  }
  const labels = template.map((i) => (i.type === 'separator' ? '---' : i.label))
  return { template, find, click, labels, actions }
}

describe('tray menu', () => {
  it('lists each active reminder with its next clock time, greyed out, then the actions', () => {
    const { labels, find } = menu(state({ upcoming }))
    expect(labels).toEqual([
      'Move at 09:12',
      'Bedtime stretch at 22:00',
      'Morning check-in tomorrow at 08:00',
      '---',
      'Start desk break',
      'Cramp now',
      'Log a cramp…',
      '---',
      'I just stood up',
      'I drank water',
      '---',
      'Pause reminders',
      '---',
      'Open Limber',
      'Quit Limber',
    ])
    expect(find('Move at 09:12').enabled).toBe(false)
    expect(find('Start desk break').enabled).not.toBe(false)
  })

  it('says so when no reminder is coming up', () => {
    expect(menu(state()).labels[0]).toBe('No reminders coming up')
  })

  it('offers the pause lengths, and Resume only while paused, under the pause line', () => {
    const running = menu(state({ upcoming }))
    const pause = running.find('Pause reminders').submenu as MenuItemConstructorOptions[]
    expect(pause.map((i) => i.label)).toEqual([
      '30 minutes',
      '1 hour',
      '2 hours',
      'Until tomorrow',
      'Until I resume',
    ])
    expect(running.labels).not.toContain('Resume reminders')

    const paused = menu(
      state({ pause: { option: '1h', since: T0, until: T0 + 60 * MIN }, upcoming: [] }),
    )
    expect(paused.labels[0]).toBe('Paused until 10:00')
    expect(paused.find('Paused until 10:00').enabled).toBe(false)
    paused.click('Resume reminders')
    expect(paused.actions.resume).toHaveBeenCalledOnce()
  })

  it.each([
    ['Start desk break', 'startDeskBreak', undefined],
    ['Cramp now', 'crampNow', undefined],
    ['Log a cramp…', 'logCramp', undefined],
    ['I just stood up', 'done', 'move'],
    ['I drank water', 'done', 'hydrate'],
    ['2 hours', 'pause', '2h'],
    ['Until tomorrow', 'pause', 'tomorrow'],
    ['Until I resume', 'pause', 'until_resume'],
    ['Open Limber', 'open', undefined],
    ['Quit Limber', 'quit', undefined],
  ] as const)('"%s" calls %s', (label, action, arg) => {
    const m = menu(state({ upcoming }))
    m.click(label)
    const called = m.actions[action]
    if (arg === undefined) expect(called).toHaveBeenCalledOnce()
    else expect(called).toHaveBeenCalledExactlyOnceWith(arg)
  })

  it('offers only Open and Quit while the data cannot be opened', () => {
    expect(menu(null).labels).toEqual(['Open Limber', 'Quit Limber'])
  })
})

describe('tray tooltip', () => {
  it('counts down to the soonest reminder', () => {
    expect(trayTooltip(state({ upcoming }).snapshot, clock)).toBe('Limber · Move in 12 min')
  })

  it('shows a clock time once the next reminder is hours away', () => {
    const later = [{ kind: 'bedtime' as const, at: Date.UTC(2026, 2, 2, 22, 0) }]
    expect(trayTooltip(state({ upcoming: later }).snapshot, clock)).toBe(
      'Limber · Bedtime stretch at 22:00',
    )
  })

  it('shows the pause instead of a countdown', () => {
    const pause = { option: 'until_resume' as const, since: T0, until: null }
    expect(trayTooltip(state({ pause, upcoming }).snapshot, clock)).toBe(
      'Limber · Paused until you resume',
    )
  })

  it('adds tonight’s experiment line under the reminder while an experiment runs', () => {
    const line = 'Night 9 of 56. Tonight: the bedtime stretch (ON)'
    expect(trayTooltip(state({ upcoming }).snapshot, clock, line)).toBe(
      `Limber · Move in 12 min\n${line}`,
    )
    expect(trayTooltip(null, clock, line)).toBe(`Limber\n${line}`)
  })

  it('is just the name with nothing scheduled or no data', () => {
    expect(trayTooltip(state().snapshot, clock)).toBe('Limber')
    expect(trayTooltip(null, clock)).toBe('Limber')
  })
})
