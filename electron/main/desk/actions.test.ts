import { describe, expect, it, vi } from 'vitest'
import { Route } from '../../../shared/contract/app'
import { FakeReminders } from '../test/fake-reminders'
import { createAppActions, type AppActionsOptions } from './app-actions'
import { trayActions } from './tray-actions'

function appActions(overrides: Partial<AppActionsOptions> = {}) {
  const options = {
    reveal: vi.fn(),
    emit: vi.fn<(name: string, payload: unknown) => void>(),
    live: { start: vi.fn(), stop: vi.fn() },
    quit: vi.fn(),
    onError: vi.fn(),
  }
  return { actions: createAppActions({ ...options, ...overrides }), ...options }
}

describe('app actions', () => {
  it('start a routine in the window, bringing it to the front', () => {
    const { actions, reveal, emit } = appActions()
    actions.startRoutine('builtin-desk-break', 'tray')
    expect(reveal).toHaveBeenCalledOnce()
    expect(emit).toHaveBeenCalledExactlyOnceWith('routines:start', {
      routineId: 'builtin-desk-break',
      source: 'tray',
    })
  })

  it('open each screen directly, by a route the contract accepts', () => {
    const { actions, emit } = appActions()
    for (const to of ['today', 'check-in', 'log-cramp', 'cramp-now'] as const) {
      actions.navigate(to)
    }
    const routes = emit.mock.calls.map(([, payload]) => (payload as { route: unknown }).route)
    expect(routes).toEqual(
      ['today', 'check-in', 'log-cramp', 'cramp-now'].map((r) => Route.parse(r)),
    )
  })

  it('start the cramp timer at once, then show it', () => {
    const order: string[] = []
    const { actions } = appActions({
      live: { start: () => order.push('timer'), stop: vi.fn() },
      reveal: () => order.push('window'),
      emit: (name) => order.push(name),
    })
    actions.startCrampTimer()
    expect(order).toEqual(['timer', 'window', 'app:navigate'])
  })

  it('still open the window when the timer cannot start (data unavailable)', () => {
    const { actions, reveal, onError } = appActions({
      live: {
        start: () => {
          throw new Error('storage unavailable')
        },
        stop: vi.fn(),
      },
    })
    actions.startCrampTimer()
    expect(reveal).toHaveBeenCalledOnce()
    expect(onError).toHaveBeenCalledOnce()
  })

  it('start the timer from the tray without touching the window', () => {
    const { actions, reveal, emit, live } = appActions()
    actions.startCrampQuietly()
    expect(live.start).toHaveBeenCalledOnce()
    expect(reveal).not.toHaveBeenCalled()
    expect(emit).not.toHaveBeenCalled()
  })

  it('open the window (which explains) when the tray could not start the timer', () => {
    const { actions, reveal, onError } = appActions({
      live: {
        start: () => {
          throw new Error('storage unavailable')
        },
        stop: vi.fn(),
      },
    })
    actions.startCrampQuietly()
    expect(onError).toHaveBeenCalledOnce()
    expect(reveal).toHaveBeenCalledOnce()
  })

  it('end the cramp from the tray: the end first, then the window for its details', () => {
    const order: string[] = []
    const { actions } = appActions({
      live: { start: vi.fn(), stop: () => order.push('stopped') },
      reveal: () => order.push('window'),
      emit: (name, payload) => order.push(`${name}:${(payload as { route: string }).route}`),
    })
    actions.endCramp()
    expect(order).toEqual(['stopped', 'window', 'app:navigate:cramp-now'])
  })
})

describe('tray actions', () => {
  function tray(reminders: FakeReminders | null = new FakeReminders()) {
    const app = {
      showWindow: vi.fn(),
      navigate: vi.fn(),
      startRoutine: vi.fn(),
      startCrampTimer: vi.fn(),
      startCrampQuietly: vi.fn(),
      endCramp: vi.fn(),
      quit: vi.fn(),
    }
    const onError = vi.fn()
    return { actions: trayActions(app, () => reminders, onError), app, reminders, onError }
  }

  it('Start desk break plays the desk break routine, from the tray', () => {
    const { actions, app } = tray()
    actions.startDeskBreak()
    expect(app.startRoutine).toHaveBeenCalledExactlyOnceWith('builtin-desk-break', 'tray')
  })

  it('Log a cramp opens the log form; Cramp now starts the timer', () => {
    const { actions, app } = tray()
    actions.logCramp()
    actions.crampNow()
    expect(app.navigate).toHaveBeenCalledExactlyOnceWith('log-cramp')
    expect(app.startCrampQuietly).toHaveBeenCalledOnce()
    expect(app.startCrampTimer).not.toHaveBeenCalled()
  })

  it('It’s over ends the cramp; Postpone reaches the reminders', () => {
    const { actions, app, reminders } = tray()
    actions.crampOver()
    actions.postpone(15)
    actions.postpone('tomorrow')
    expect(app.endCramp).toHaveBeenCalledOnce()
    expect(reminders?.calls).toEqual(['postpone:15', 'postpone:tomorrow'])
  })

  it('I just stood up, I drank water, pause and resume reach the reminders', () => {
    const { actions, reminders } = tray()
    actions.done('move')
    actions.done('hydrate')
    actions.pause('30m')
    actions.resume()
    expect(reminders?.calls).toEqual(['done:move', 'done:hydrate', 'pause:30m', 'resume'])
  })

  it('a failing act is reported, not thrown into the menu', () => {
    const reminders = new FakeReminders()
    reminders.done = () => {
      throw new Error('disk full')
    }
    const { actions, onError } = tray(reminders)
    expect(() => {
      actions.done('hydrate')
    }).not.toThrow()
    expect(onError).toHaveBeenCalledOnce()
  })

  it('does nothing with the reminders while there are none', () => {
    const { actions, onError } = tray(null)
    actions.pause('1h')
    expect(onError).not.toHaveBeenCalled()
  })
})
