import { EventEmitter } from 'node:events'
import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ManualClock } from '../../../shared/domain/clock'
import { FakeReminders, MIN, T0, utc } from '../test/fake-reminders'
import { trayIconData, trayIconsFor } from './icon-files'
import type { TrayActions } from './menu-template'
import type { TrayIcons } from './tray'

class FakeTray extends EventEmitter {
  static last: FakeTray | null = null
  image: unknown
  tooltip: string | null = null
  menu: MenuItemConstructorOptions[] | null = null
  destroyed = false
  setToolTip = vi.fn((text: string) => {
    this.tooltip = text
  })
  constructor(image: unknown) {
    super()
    this.image = image
    FakeTray.last = this
  }
  setImage(image: unknown) {
    this.image = image
  }
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu
  }
  destroy() {
    this.destroyed = true
  }
}

const buildFromTemplate = vi.fn((template: MenuItemConstructorOptions[]) => template)

vi.mock('electron', () => ({
  get Tray() {
    return FakeTray
  },
  Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => buildFromTemplate(t) },
  nativeImage: {
    createFromDataURL: (source: string) => ({
      source,
      reps: [] as unknown[],
      template: false,
      addRepresentation(rep: unknown) {
        this.reps.push(rep)
      },
      setTemplateImage(on: boolean) {
        this.template = on
      },
    }),
  },
}))

const { createReminderTray, loadTrayIcon } = await import('./tray')

interface FakeImage {
  source: string
  reps: unknown[]
  template: boolean
}

import { readPng } from '../test/png'

const png = (dataUrl: string) =>
  readPng(Buffer.from(dataUrl.replace('data:image/png;base64,', ''), 'base64'))

const icons = { normal: { name: 'normal' }, paused: { name: 'paused' } } as unknown as TrayIcons
let clock: ManualClock
let reminders: FakeReminders
let current: FakeReminders | null
let actions: TrayActions

beforeEach(() => {
  clock = new ManualClock(T0, utc)
  reminders = new FakeReminders()
  current = reminders
  reminders.current.snapshot.upcoming = [{ kind: 'move', at: T0 + 45 * MIN }]
  buildFromTemplate.mockClear()
  actions = {
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
})

function start(platform: NodeJS.Platform = 'linux', experimentLine?: () => string | null) {
  const tray = createReminderTray({
    reminders: () => current,
    icons,
    clock,
    actions,
    platform,
    ...(experimentLine ? { experimentLine } : {}),
    onError: vi.fn(),
  })
  const fake = FakeTray.last
  if (!fake) throw new Error('no tray')
  return { tray, fake }
}

const labels = (fake: FakeTray) => (fake.menu ?? []).map((item) => item.label)

describe('reminder tray', () => {
  it('shows the next reminder in the menu and tooltip as soon as it is bound', () => {
    const { fake } = start()
    expect(labels(fake)[0]).toBe('Move at 09:45')
    expect(fake.tooltip).toBe('Limber · Move in 45 min')
  })

  it('does not rebuild the menu when the snapshot version is unchanged', () => {
    const { fake } = start()
    const builds = buildFromTemplate.mock.calls.length
    // A new shown reminder changes the state but not the tray snapshot.
    reminders.set({ shown: [] })
    reminders.set({ snapshot: { ...reminders.current.snapshot } })
    clock.advance(10 * MIN)
    fake.emit('mouse-enter')
    expect(buildFromTemplate.mock.calls.length).toBe(builds)
  })

  it('rebuilds the menu when the reminders change', () => {
    const { fake } = start()
    const builds = buildFromTemplate.mock.calls.length
    reminders.setSnapshot({ upcoming: [{ kind: 'move', at: T0 + 90 * MIN }] })
    expect(buildFromTemplate.mock.calls.length).toBe(builds + 1)
    expect(labels(fake)[0]).toBe('Move at 10:30')
  })

  it('refreshes the countdown when the pointer comes over the icon, not on a timer', () => {
    vi.useFakeTimers()
    try {
      const { fake } = start()
      clock.advance(33 * MIN)
      vi.advanceTimersByTime(60 * MIN)
      expect(fake.tooltip).toBe('Limber · Move in 45 min')
      fake.emit('mouse-enter')
      expect(fake.tooltip).toBe('Limber · Move in 12 min')
      clock.advance(MIN)
      fake.emit('mouse-move')
      expect(fake.tooltip).toBe('Limber · Move in 11 min')
    } finally {
      vi.useRealTimers()
    }
  })

  it('says which experiment night it is, and keeps the reminder if the experiment cannot be read', () => {
    let line: () => string | null = () => 'Night 9 of 56. Tonight: the bedtime stretch (ON)'
    const { fake } = start('win32', () => line())
    expect(fake.tooltip).toBe(
      'Limber · Move in 45 min\nNight 9 of 56. Tonight: the bedtime stretch (ON)',
    )
    line = () => {
      throw new Error('storage unavailable')
    }
    fake.emit('mouse-enter')
    expect(fake.tooltip).toBe('Limber · Move in 45 min')
  })

  it('remembers the tooltip it set, for the real-app specs to read', () => {
    const { tray, fake } = start()
    expect(tray.tooltip()).toBe('Limber · Move in 45 min')
    reminders.pause('1h')
    expect(tray.tooltip()).toBe(fake.tooltip)
    expect(tray.tooltip()).toMatch(/^Limber · Paused/)
  })

  it('sets the tooltip only when its text changes', () => {
    const { fake } = start()
    const calls = fake.setToolTip.mock.calls.length
    fake.emit('mouse-move')
    fake.emit('mouse-move')
    expect(fake.setToolTip.mock.calls.length).toBe(calls)
  })

  it('switches to the paused icon and back', () => {
    const { fake } = start()
    expect(fake.image).toBe(icons.normal)
    reminders.pause('1h')
    expect(fake.image).toBe(icons.paused)
    expect(labels(fake)).toContain('Resume reminders')
    reminders.resume()
    expect(fake.image).toBe(icons.normal)
  })

  it('menu items reach the actions', () => {
    const { fake } = start()
    const item = fake.menu?.find((i) => i.label === 'I drank water')
    ;(item?.click as () => void)()
    expect(actions.done).toHaveBeenCalledWith('hydrate')
  })

  it('opens the app on a left click on Windows and Linux, and leaves it to the menu on macOS', () => {
    start('win32').fake.emit('click')
    expect(actions.open).toHaveBeenCalledOnce()
    start('linux').fake.emit('click')
    expect(actions.open).toHaveBeenCalledTimes(2)
    start('darwin').fake.emit('click')
    expect(actions.open).toHaveBeenCalledTimes(2)
  })

  it('follows new reminders after the database is reopened and drops the old ones', () => {
    const { tray, fake } = start()
    const next = new FakeReminders()
    next.current.snapshot.upcoming = [{ kind: 'hydrate', at: T0 + 20 * MIN }]
    current = next
    fake.emit('mouse-enter')
    expect(reminders.listenerCount).toBe(0)
    expect(labels(fake)[0]).toBe('Water at 09:20')
    next.setSnapshot({ upcoming: [] })
    expect(labels(fake)[0]).toBe('No reminders coming up')
    current = null
    tray.refresh()
    expect(labels(fake)).toEqual(['Open Limber', 'Quit Limber'])
    expect(fake.tooltip).toBe('Limber')
  })

  it('stops following the reminders when destroyed', () => {
    const { tray, fake } = start()
    tray.destroy()
    expect(fake.destroyed).toBe(true)
    expect(reminders.listenerCount).toBe(0)
  })

  it('keeps a sharp icon for high-density screens', () => {
    const image = loadTrayIcon(trayIconData.paused) as unknown as FakeImage
    expect(image.source).toBe(trayIconData.paused.x1)
    expect(image.reps).toEqual([{ scaleFactor: 2, dataURL: trayIconData.paused.x2 }])
    expect(image.template).toBe(false)
  })

  it('ships every icon as PNGs at 16 and 32 pixels', () => {
    for (const icon of Object.values(trayIconData)) {
      expect([png(icon.x1).width, png(icon.x2).width]).toEqual([16, 32])
    }
    expect(trayIconData.normal.x1).not.toBe(trayIconData.paused.x1)
    expect(trayIconData.normalTemplate.x1).not.toBe(trayIconData.pausedTemplate.x1)
  })

  it('uses template images (black and alpha only) in the macOS menu bar, colour elsewhere', () => {
    const mac = trayIconsFor('darwin')
    for (const pair of [mac.normal, mac.paused]) {
      expect((loadTrayIcon(pair) as unknown as FakeImage).template).toBe(true)
      for (const dataUrl of [pair.x1, pair.x2]) {
        const { colourType, pixels } = png(dataUrl)
        expect(colourType).toBe(6) // RGBA
        expect(pixels.every(([r, g, b]) => r === 0 && g === 0 && b === 0)).toBe(true)
        // A drawn mark on a clear ground.
        expect(pixels.some(([, , , a]) => a === 255)).toBe(true)
        expect(pixels.filter(([, , , a]) => a === 0).length).toBeGreaterThan(pixels.length / 3)
      }
    }
    for (const platform of ['linux', 'win32'] as const) {
      expect(trayIconsFor(platform)).toEqual({
        normal: trayIconData.normal,
        paused: trayIconData.paused,
      })
    }
  })
})
