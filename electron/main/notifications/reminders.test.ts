import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { AppActions } from '../desk/app-actions'
import { FakeReminders, shownReminder } from '../test/fake-reminders'

class FakeNotification extends EventEmitter {
  static all: FakeNotification[] = []
  static supported = true
  static isSupported() {
    return FakeNotification.supported
  }
  visible = false
  constructor(readonly options: { title: string; body: string; actions: { text: string }[] }) {
    super()
    FakeNotification.all.push(this)
  }
  show() {
    this.visible = true
  }
  closedByCode = 0
  /** Like Electron: closing from code also emits "close", with no reason. */
  close() {
    this.closedByCode++
    this.visible = false
    this.emit('close', {})
  }
  /** The OS takes it off the screen: `reason` as Windows gives it, none on macOS and Linux. */
  closedBySystem(reason?: 'userCanceled' | 'timedOut' | 'applicationHidden') {
    this.visible = false
    this.emit('close', reason === undefined ? {} : { reason })
  }
  /** The user acts on it; the OS then takes it away. */
  userClicks() {
    this.emit('click')
    this.close()
  }
  userPresses(text: string) {
    const index = this.options.actions.findIndex((a) => a.text === text)
    if (index < 0) throw new Error(`no "${text}" button`)
    this.emit('action', {}, index)
    this.close()
  }
}

vi.mock('electron', () => ({
  get Notification() {
    return FakeNotification
  },
}))

const { showReminderNotifications } = await import('./reminders')

let reminders: FakeReminders
let app: { navigate: Mock<AppActions['navigate']>; startRoutine: Mock<AppActions['startRoutine']> }
let onFailed: Mock<(error: string) => void>

beforeEach(() => {
  FakeNotification.all = []
  FakeNotification.supported = true
  reminders = new FakeReminders()
  app = {
    navigate: vi.fn<AppActions['navigate']>(),
    startRoutine: vi.fn<AppActions['startRoutine']>(),
  }
  onFailed = vi.fn<(error: string) => void>()
})

function start(platform: NodeJS.Platform = 'linux') {
  return showReminderNotifications(reminders, { platform, app, onFailed, onError: vi.fn() })
}

/** Each platform on a fresh screen, with one reminder named after it already showing. */
function onEach(platforms: readonly NodeJS.Platform[], check: (platform: NodeJS.Platform) => void) {
  for (const platform of platforms) {
    FakeNotification.all = []
    reminders = new FakeReminders()
    const stop = start(platform)
    reminders.show(shownReminder('move', platform))
    check(platform)
    stop()
  }
}

function only(): FakeNotification {
  expect(FakeNotification.all).toHaveLength(1)
  return FakeNotification.all[0] as FakeNotification
}

describe('reminder notifications', () => {
  it('shows each reminder with its own words', () => {
    start()
    const move = shownReminder('move')
    reminders.show(move)
    expect(only().visible).toBe(true)
    expect(only().options).toMatchObject({ title: move.message.title, body: move.message.body })
  })

  it('clicking a routine reminder starts that routine and answers it', () => {
    start()
    reminders.show(shownReminder('bedtime', 'b1'))
    only().userClicks()
    expect(app.startRoutine).toHaveBeenCalledExactlyOnceWith('builtin-bedtime', 'reminder')
    expect(reminders.responses).toEqual([['b1', { type: 'routine_started' }]])
  })

  it('clicking a screen reminder opens that screen and leaves the answer to its prompt', () => {
    start()
    reminders.show(shownReminder('morning_checkin', 'm1'))
    only().userClicks()
    expect(app.navigate).toHaveBeenCalledExactlyOnceWith('check-in')
    expect(reminders.responses).toEqual([])
    expect(reminders.current.shown.map((r) => r.id)).toEqual(['m1'])
  })

  it('counts it as dismissed when the user closes it (Windows says so)', () => {
    start('win32')
    reminders.show(shownReminder('hydrate', 'h1'))
    only().closedBySystem('userCanceled')
    expect(reminders.responses).toEqual([['h1', { type: 'dismissed' }]])
    expect(reminders.current.shown).toEqual([])
  })

  it('leaves a reminder whose toast timed out waiting in the app, still answerable from it', () => {
    start('win32')
    reminders.show(shownReminder('bedtime', 'b1'))
    only().closedBySystem('timedOut')
    expect(reminders.responses).toEqual([])
    expect(reminders.current.shown.map((r) => r.id)).toEqual(['b1'])
    // Later, from the Action Center.
    only().emit('click')
    expect(app.startRoutine).toHaveBeenCalledExactlyOnceWith('builtin-bedtime', 'reminder')
    expect(reminders.responses).toEqual([['b1', { type: 'routine_started' }]])
  })

  it('does not read a close without a reason (Linux daemons expire theirs) as a dismissal', () => {
    onEach(['linux', 'darwin'], (platform) => {
      only().closedBySystem()
      only().closedBySystem('applicationHidden')
      expect(reminders.responses).toEqual([])
      expect(reminders.current.shown.map((r) => r.id)).toEqual([platform])
    })
  })

  it('clears a timed-out toast from the Action Center once the reminder is answered in the app', () => {
    start('win32')
    reminders.show(shownReminder('move', 'm'))
    only().closedBySystem('timedOut')
    reminders.respond('m', { type: 'done' })
    expect(only().closedByCode).toBe(1)
    expect(reminders.responses).toEqual([['m', { type: 'done' }]])
  })

  it('offers Start, Snooze 10 min and Skip on macOS', () => {
    start('darwin')
    reminders.show(shownReminder('move', 'a'))
    reminders.show(shownReminder('move', 'b'))
    reminders.show(shownReminder('warm_up', 'c'))
    const [a, b, c] = FakeNotification.all
    expect(a?.options.actions.map((x) => x.text)).toEqual(['Start', 'Snooze 10 min', 'Skip'])
    a?.userPresses('Snooze 10 min')
    b?.userPresses('Skip')
    c?.userPresses('Start')
    expect(reminders.responses).toEqual([
      ['a', { type: 'snoozed', minutes: 10 }],
      ['b', { type: 'skipped' }],
      ['c', { type: 'routine_started' }],
    ])
    expect(app.startRoutine).toHaveBeenCalledExactlyOnceWith('builtin-warm-up', 'reminder')
  })

  it('has no buttons elsewhere: the in-app prompt offers the choices', () => {
    onEach(['linux', 'win32'], () => {
      expect(only().options.actions).toEqual([])
    })
  })

  it('takes the notification away when the reminder is answered elsewhere, without dismissing it', () => {
    start()
    reminders.show(shownReminder('move', 'm'))
    reminders.show(shownReminder('hydrate', 'h'))
    reminders.respond('m', { type: 'done' })
    const [move, water] = FakeNotification.all
    expect(move?.visible).toBe(false)
    expect(water?.visible).toBe(true)
    expect(reminders.responses).toEqual([['m', { type: 'done' }]])
  })

  it('stops listening and clears the screen when stopped, answering nothing', () => {
    const stop = start()
    reminders.show(shownReminder('move', 'm'))
    stop()
    expect(only().visible).toBe(false)
    expect(reminders.responses).toEqual([])
    expect(reminders.listenerCount).toBe(0)
  })

  it('also shows reminders that were already waiting when it started', () => {
    reminders.current.shown = [shownReminder('hydrate', 'early')]
    start('win32')
    only().closedBySystem('userCanceled')
    expect(reminders.responses).toEqual([['early', { type: 'dismissed' }]])
  })

  it('reports a notification the system refused, once, and leaves the answer to the in-app prompt', () => {
    start('darwin')
    reminders.show(shownReminder('move', 'm'))
    only().emit('failed', {}, 'Notifications are not allowed for this application')
    expect(onFailed).toHaveBeenCalledExactlyOnceWith(
      'Notifications are not allowed for this application',
    )
    expect(reminders.responses).toEqual([])
    expect(reminders.current.shown.map((r) => r.id)).toEqual(['m'])
    // Answered in the app: nothing left to take off the screen.
    reminders.respond('m', { type: 'done' })
    expect(only().closedByCode).toBe(0)
  })

  it('shows nothing where the system has no notifications', () => {
    FakeNotification.supported = false
    start()
    reminders.show(shownReminder())
    expect(FakeNotification.all).toEqual([])
  })
})
