import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithReminders } from '../test/render'

const prompt = (title: string) => screen.getByRole('region', { name: title })

describe('the in-app reminder prompt', () => {
  it('appears when a reminder shows, without taking focus, and Start opens the routine', async () => {
    const { user, bridge } = renderWithReminders('/today')
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    await waitFor(() => {
      expect(bridge.callsTo('reminders:state').length).toBeGreaterThan(0)
    })
    const other = screen.getByRole('button', { name: /Cramp now/ })
    other.focus()

    act(() => {
      bridge.emit('reminders:shown', bridge.reminders.show('move', 'move-1'))
    })
    const region = await screen.findByRole('region', { name: 'Time to stand up' })
    expect(within(region).getByText(/March or walk in place/)).toBeTruthy()
    expect(document.activeElement).toBe(other)
    expect(await screen.findByText('Reminder: Time to stand up')).toBeTruthy()

    await user.click(within(region).getByRole('button', { name: 'Start desk break' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Desk break' })).toBeTruthy()
    expect(window.location.hash).toBe('#/routines/builtin-desk-break/play?source=reminder')
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: 'move-1', response: { type: 'routine_started' } },
    ])
  })

  it('shows reminders still waiting from before a reload, and snoozes one', async () => {
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        b.reminders.show('bedtime', 'bed-1')
      },
    })
    const region = await screen.findByRole('region', { name: 'Bedtime stretch' })
    await user.click(within(region).getByRole('button', { name: 'Snooze 10 minutes' }))
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Bedtime stretch' })).toBeNull()
    })
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: 'bed-1', response: { type: 'snoozed', minutes: 10 } },
    ])
    // The pressed button went away; the keyboard stays in the content.
    expect(document.activeElement?.id).toBe('main-content')
  })

  it('goes away when answered elsewhere (tray or notification)', async () => {
    const { bridge } = renderWithReminders('/today', {
      setup: (b) => {
        b.reminders.show('morning_checkin', 'morning-1')
      },
    })
    expect(await screen.findByRole('region', { name: 'Good morning' })).toBeTruthy()
    bridge.reminders.respond('morning-1')
    act(() => {
      bridge.emit('reminders:changed', bridge.reminders.state())
    })
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Good morning' })).toBeNull()
    })
  })

  it('answers a water reminder with a glass of water and skips another', async () => {
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        b.reminders.show('hydrate', 'water-1')
        b.reminders.show('move', 'move-2')
      },
    })
    // Two waiting: the newest shows, the other behind "Show all 2".
    await screen.findByRole('region', { name: 'Time to stand up' })
    expect(screen.queryByRole('region', { name: 'Water break' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show all 2' }))
    await user.click(
      within(await screen.findByRole('region', { name: 'Water break' })).getByRole('button', {
        name: 'I drank water',
      }),
    )
    expect(bridge.callsTo('reminders:done')).toEqual([{ kind: 'hydrate' }])
    await user.click(within(prompt('Time to stand up')).getByRole('button', { name: 'Skip' }))
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: 'move-2', response: { type: 'skipped' } },
    ])
  })

  it('collapses several waiting prompts into one compact stack that expands on request', async () => {
    const { user } = renderWithReminders('/today', {
      setup: (b) => {
        b.reminders.show('hydrate', 'water-1')
        b.reminders.show('bedtime', 'bed-1')
        b.reminders.show('morning_checkin', 'morning-1')
      },
    })
    expect(await screen.findByText('3 reminders')).toBeTruthy()
    const stack = () => within(document.getElementById('rm-prompts') ?? document.body)
    expect(stack().getAllByRole('region')).toHaveLength(1)
    const toggle = screen.getByRole('button', { name: 'Show all 3' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await user.click(toggle)
    expect(stack().getAllByRole('region')).toHaveLength(3)
    const fewer = screen.getByRole('button', { name: 'Show only the newest' })
    expect(fewer.getAttribute('aria-expanded')).toBe('true')
  })

  it('waits while a routine plays', async () => {
    renderWithReminders('/routines/builtin-bedtime/play', {
      setup: (b) => {
        b.reminders.show('move', 'move-3')
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'Bedtime stretch' })
    expect(screen.queryByRole('region', { name: 'Time to stand up' })).toBeNull()
  })
})
