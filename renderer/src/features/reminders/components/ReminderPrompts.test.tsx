import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ShownReminder } from '@shared/domain/reminders'
import { onlyReminders, renderWithReminders } from '../test/render'

// Main picks each prompt's wording at random from its kind's lines: tests
// look prompts up by the title main sent.
const prompt = (reminder: ShownReminder | undefined) =>
  screen.getByRole('region', { name: reminder?.message.title ?? '' })
const findPrompt = (reminder: ShownReminder | undefined) =>
  screen.findByRole('region', { name: reminder?.message.title ?? '' })
const queryPrompt = (reminder: ShownReminder | undefined) =>
  screen.queryByRole('region', { name: reminder?.message.title ?? '' })

describe('the in-app reminder prompt', () => {
  it('appears when a reminder shows, without taking focus, and Start opens the routine', async () => {
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        onlyReminders(b, 'move')
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    await waitFor(() => {
      expect(bridge.callsTo('reminders:state').length).toBeGreaterThan(0)
    })
    const other = screen.getByRole('button', { name: /Cramp now/ })
    other.focus()

    // Main's clock reaches the first move reminder of the working day.
    let move: ShownReminder | undefined
    act(() => {
      move = bridge.showNext('move')
    })
    const region = await findPrompt(move)
    expect(within(region).getByText(move?.message.body ?? '')).toBeTruthy()
    expect(document.activeElement).toBe(other)
    expect(await screen.findByText(`Reminder: ${move?.message.title ?? ''}`)).toBeTruthy()

    await user.click(within(region).getByRole('button', { name: 'Start desk break' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Desk break' })).toBeTruthy()
    expect(window.location.hash).toBe('#/routines/builtin-desk-break/play?source=reminder')
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: move?.id, response: { type: 'routine_started' } },
    ])
    expect(bridge.reminders.state().shown).toEqual([])
  })

  it('shows reminders still waiting from before a reload, and snoozes one', async () => {
    let bedtime: ShownReminder | undefined
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        onlyReminders(b, 'bedtime')
        bedtime = b.showNext('bedtime')
      },
    })
    const region = await findPrompt(bedtime)
    await user.click(within(region).getByRole('button', { name: 'Snooze 10 minutes' }))
    await waitFor(() => {
      expect(queryPrompt(bedtime)).toBeNull()
    })
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: bedtime?.id, response: { type: 'snoozed', minutes: 10 } },
    ])
    // The pressed button went away; the keyboard stays in the content.
    expect(document.activeElement?.id).toBe('main-content')
    // Main brings it back ten minutes on.
    expect(bridge.reminders.state().snapshot.upcoming).toContainEqual({
      kind: 'bedtime',
      at: (bedtime?.firedAt ?? 0) + 10 * 60_000,
    })
  })

  it('goes away when answered elsewhere (tray or notification)', async () => {
    let morning: ShownReminder | undefined
    const { bridge } = renderWithReminders('/today', {
      setup: (b) => {
        morning = b.showNext('morning_checkin')
      },
    })
    expect(await findPrompt(morning)).toBeTruthy()
    // The tray answers it: main's reminders tell every window.
    act(() => {
      bridge.reminders.respond(morning?.id ?? '', { type: 'skipped' })
    })
    await waitFor(() => {
      expect(queryPrompt(morning)).toBeNull()
    })
  })

  it('answers a water reminder with a glass of water and skips another', async () => {
    let water: ShownReminder | undefined
    let move: ShownReminder | undefined
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        onlyReminders(b, 'hydrate', 'move')
        water = b.showNext('hydrate')
        // The next move reminder replaces the one before the water break.
        move = b.showNext('move')
      },
    })
    // Two waiting: the newest shows, the other behind "Show all 2".
    await findPrompt(move)
    expect(queryPrompt(water)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show all 2' }))
    await user.click(within(await findPrompt(water)).getByRole('button', { name: 'I drank water' }))
    expect(bridge.callsTo('reminders:done')).toEqual([{ kind: 'hydrate' }])
    await user.click(within(prompt(move)).getByRole('button', { name: 'Skip' }))
    expect(bridge.callsTo('reminders:respond')).toEqual([
      { id: move?.id, response: { type: 'skipped' } },
    ])
    expect(bridge.services.checkIns.get('2026-03-10').checkIn?.waterMl).toBe(250)
  })

  it('collapses several waiting prompts into one compact stack that expands on request', async () => {
    const { user } = renderWithReminders('/today', {
      setup: (b) => {
        // The morning check-in, then a move and a water reminder, none answered.
        b.showNext('hydrate')
        expect(b.reminders.state().shown.map((r) => r.kind)).toEqual([
          'morning_checkin',
          'move',
          'hydrate',
        ])
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
    let move: ShownReminder | undefined
    renderWithReminders('/routines/builtin-bedtime/play', {
      setup: (b) => {
        move = b.showNext('move')
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'Bedtime stretch' })
    expect(queryPrompt(move)).toBeNull()
  })
})
