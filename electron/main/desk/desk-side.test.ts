import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventName } from '../../../shared/contract'
import type { LiveEpisode } from '../../../shared/contract/journal'
import { ManualClock } from '../../../shared/domain/clock'
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/domain/settings'
import { FakeReminders, MIN, shownReminder, T0, utc } from '../test/fake-reminders'
import type { TrayHostAnswer } from './tray-host'

// The desk side wired together over a fake Electron and a fake Core.

class FakeTray extends EventEmitter {
  static last: FakeTray | null = null
  menu: MenuItemConstructorOptions[] = []
  tooltip = ''
  destroyed = false
  constructor() {
    super()
    FakeTray.last = this
  }
  setImage() {}
  setToolTip(text: string) {
    this.tooltip = text
  }
  setContextMenu(menu: MenuItemConstructorOptions[]) {
    this.menu = menu
  }
  destroy() {
    this.destroyed = true
  }
  click(label: string) {
    const item = this.menu.find((i) => i.label === label)
    if (!item) throw new Error(`no "${label}"`)
    ;(item.click as () => void)()
  }
}

class FakeNotification extends EventEmitter {
  static all: FakeNotification[] = []
  static isSupported = () => true
  visible = false
  constructor(readonly options: { title: string; body: string }) {
    super()
    FakeNotification.all.push(this)
  }
  show() {
    this.visible = true
  }
  /** Like Electron: closing from code emits "close" with an event that has no reason. */
  close() {
    this.visible = false
    this.emit('close', {})
  }
}

class FakeWindow extends EventEmitter {
  visible = true
  hide() {
    this.visible = false
  }
  isVisible() {
    return this.visible
  }
  isDestroyed() {
    return false
  }
  requestClose() {
    this.emit('close', { preventDefault: () => {} })
  }
}

const fake = {
  app: Object.assign(new EventEmitter(), { isPackaged: true, quit: vi.fn() }),
  power: Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 }),
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
  /** The OS's global shortcuts: one held by another app. */
  shortcuts: new Map<string, () => void>([['Ctrl+Alt+T', () => {}]]),
}

vi.mock('electron', () => ({
  get app() {
    return fake.app
  },
  get powerMonitor() {
    return fake.power
  },
  get dialog() {
    return fake.dialog
  },
  globalShortcut: {
    register: (accelerator: string, onPress: () => void) => {
      if (fake.shortcuts.has(accelerator)) return false
      fake.shortcuts.set(accelerator, onPress)
      return true
    },
    unregister: (accelerator: string) => fake.shortcuts.delete(accelerator),
  },
  Tray: FakeTray,
  Notification: FakeNotification,
  Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => t },
  nativeImage: {
    createFromDataURL: () => ({ addRepresentation: () => {} }),
  },
}))

const { startDeskSide } = await import('./desk-side')

let configHome: string
let reminders: FakeReminders | null
let settings: Settings
let core: ReturnType<typeof makeCore>
let trayHost: TrayHostAnswer

function makeCore() {
  const clock = new ManualClock(T0, utc)
  let live: LiveEpisode | null = null
  const state = () => ({ live, now: clock.now() })
  return {
    clock,
    emit: vi.fn(),
    startLive: vi.fn(() => {
      live = { startedAt: clock.now(), utcOffsetMin: 0, stoppedAt: null }
      return state()
    }),
    stopLive: vi.fn(() => {
      if (live) live = { ...live, stoppedAt: clock.now() }
      return state()
    }),
    reminders: () => reminders,
    services: () => ({
      settings: {
        get: () => ({ settings, problems: [] }),
        update: (patch: SettingsPatch) => {
          settings = { ...settings, ...patch }
          return { settings, problems: [] }
        },
      },
      journal: { startLive: core.startLive, stopLive: core.stopLive, liveState: state },
      experiments: { tonight: () => null },
    }),
  }
}

beforeEach(() => {
  configHome = mkdtempSync(join(tmpdir(), 'limber-desk-'))
  vi.stubEnv('XDG_CONFIG_HOME', configHome)
  fake.app = Object.assign(new EventEmitter(), { isPackaged: true, quit: vi.fn() })
  fake.power = Object.assign(new EventEmitter(), { getSystemIdleTime: () => 0 })
  FakeNotification.all = []
  reminders = new FakeReminders()
  reminders.current.snapshot.upcoming = [{ kind: 'move', at: T0 + 30 * MIN }]
  settings = { ...defaultSettings }
  core = makeCore()
  trayHost = 'present'
  fake.dialog.showMessageBox.mockClear()
})

afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(configHome, { recursive: true, force: true })
})

function start() {
  const window = new FakeWindow()
  const reveal = vi.fn()
  const desk = startDeskSide({
    core: core as never,
    window: () => window as never,
    reveal,
    onError: vi.fn(),
    trayHost: { check: () => Promise.resolve(trayHost) },
  })
  desk.manage(window as never)
  const tray = FakeTray.last
  if (!tray) throw new Error('no tray')
  return { desk, window, reveal, tray }
}

const entry = () => join(configHome, 'autostart', 'limber.desktop')

/** Lets the tray-host answer arrive (a D-Bus round trip in the app). */
const answered = () => new Promise((resolve) => setImmediate(resolve))

describe('desk side', () => {
  it('puts the next reminder in the tray from the start', () => {
    const { tray } = start()
    expect(tray.menu[0]?.label).toBe('Move at 09:30')
    expect(tray.tooltip).toBe('Limber · Move in 30 min')
  })

  it('shows a due reminder as a notification that opens its routine', () => {
    const { reveal } = start()
    reminders?.show(shownReminder('move', 'm1'))
    const [notification] = FakeNotification.all
    notification?.emit('click')
    expect(reveal).toHaveBeenCalled()
    expect(core.emit).toHaveBeenCalledWith('routines:start', {
      routineId: 'builtin-desk-break',
      source: 'reminder',
    })
    expect(reminders?.responses).toEqual([['m1', { type: 'routine_started' }]])
  })

  it('tray Cramp now starts the timer without opening the window; It’s over opens it for the details', () => {
    const { tray, reveal, desk } = start()
    // Main's events reach the desk side as the app's broadcast delivers them.
    core.emit.mockImplementation((name: EventName) => {
      desk.observe(name)
    })
    tray.click('Cramp now')
    expect(core.startLive).toHaveBeenCalledOnce()
    expect(reveal).not.toHaveBeenCalled()
    expect(core.emit).toHaveBeenCalledWith('journal:live-changed', expect.anything())
    expect(tray.menu.map((i) => i.label)).toContain('Cramp timer running since 09:00')
    expect(tray.tooltip).toBe('Limber · Cramp timer running since 09:00')

    core.clock.advance(2 * MIN)
    tray.click('It’s over…')
    expect(core.stopLive).toHaveBeenCalledOnce()
    expect(reveal).toHaveBeenCalled()
    expect(core.emit).toHaveBeenCalledWith('app:navigate', { route: 'cramp-now' })
    expect(tray.menu.map((i) => i.label)).toContain('Add the cramp’s details…')
  })

  it('the Cramp now shortcut, once set, works with the window hidden, and a refused one is reported', () => {
    settings = { ...settings, crampShortcut: 'CommandOrControl+Alt+K' }
    const { desk, reveal, window } = start()
    expect(desk.shortcutStatus()).toEqual({
      state: 'active',
      accelerator: 'CommandOrControl+Alt+K',
    })
    window.requestClose()
    fake.shortcuts.get('CommandOrControl+Alt+K')?.()
    expect(core.startLive).toHaveBeenCalledOnce()
    expect(reveal).toHaveBeenCalled()
    expect(core.emit).toHaveBeenCalledWith('app:navigate', { route: 'cramp-now' })

    settings = { ...settings, crampShortcut: 'Ctrl+Alt+T' }
    desk.observe('settings:changed')
    expect(desk.shortcutStatus()).toEqual({ state: 'refused', accelerator: 'Ctrl+Alt+T' })
    // The old one was given back to the system.
    expect(fake.shortcuts.has('CommandOrControl+Alt+K')).toBe(false)
  })

  it('tray Quit quits the app', () => {
    start().tray.click('Quit Limber')
    expect(fake.app.quit).toHaveBeenCalledOnce()
  })

  it('closing the window hides it and saves that the hint was shown', async () => {
    const { window } = start()
    window.requestClose()
    await answered()
    expect(window.visible).toBe(false)
    expect(FakeNotification.all.map((n) => n.options.title)).toEqual(['Limber is still running'])
    expect(settings.trayHintShown).toBe(true)
    expect(core.emit).toHaveBeenCalledWith('settings:changed', {
      settings: expect.objectContaining({ trayHintShown: true }) as unknown,
      problems: [],
    })
  })

  it('without a tray host, the first close says why it quits, then quits, and remembers', async () => {
    trayHost = 'absent'
    const { window } = start()
    window.requestClose()
    await answered()
    expect(window.visible).toBe(true)
    expect(fake.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      window,
      expect.objectContaining({
        message: 'Closing the window quits Limber on this desktop',
        buttons: ['Quit Limber', 'Keep Limber open'],
      }),
    )
    expect(fake.app.quit).toHaveBeenCalledOnce()
    expect(settings.noTrayNoticeShown).toBe(true)
    expect(FakeNotification.all).toEqual([])
  })

  it('tells the window once, ever, when the system refuses reminder notifications', () => {
    start()
    reminders?.show(shownReminder('move', 'a'))
    reminders?.show(shownReminder('hydrate', 'b'))
    for (const notification of FakeNotification.all) notification.emit('failed', {}, 'denied')
    const hints = core.emit.mock.calls.filter(([name]) => name === 'reminders:notifications-failed')
    expect(hints).toEqual([
      [
        'reminders:notifications-failed',
        expect.objectContaining({ title: 'Reminders cannot show as notifications' }),
      ],
    ])
    expect(settings.notificationHintShown).toBe(true)
    expect(reminders?.responses).toEqual([])
  })

  it('sleep and lock reach the reminders', () => {
    start()
    fake.power.emit('suspend')
    fake.power.emit('unlock-screen')
    expect(reminders?.calls).toEqual(['suspended', 'unlocked'])
  })

  it('applies launch at login at start and whenever settings change', () => {
    settings.launchAtLogin = true
    const { desk } = start()
    expect(existsSync(entry())).toBe(true)
    settings.launchAtLogin = false
    desk.observe('settings:changed')
    expect(existsSync(entry())).toBe(false)
  })

  it('moves to the new reminders when the database is reopened', () => {
    const { desk, tray } = start()
    const old = reminders
    old?.show(shownReminder('move', 'old'))
    reminders = new FakeReminders()
    desk.observe('reminders:changed')
    expect(FakeNotification.all[0]?.visible).toBe(false)
    expect(old?.listenerCount).toBe(0)
    expect(tray.menu[0]?.label).toBe('No reminders coming up')
    reminders.show(shownReminder('hydrate', 'new'))
    expect(FakeNotification.all.at(-1)?.options.title).toBe(shownReminder('hydrate').message.title)
  })

  it('offers only Open and Quit while the data is unavailable', () => {
    reminders = null
    const { tray } = start()
    expect(tray.menu.map((i) => i.label)).toEqual(['Open Limber', 'Quit Limber'])
  })

  it('takes reminders off the screen when quitting, without answering them', () => {
    const { tray } = start()
    reminders?.show(shownReminder('move', 'm1'))
    fake.app.emit('will-quit')
    expect(FakeNotification.all[0]?.visible).toBe(false)
    expect(reminders?.responses).toEqual([])
    expect(tray.destroyed).toBe(true)
  })
})
