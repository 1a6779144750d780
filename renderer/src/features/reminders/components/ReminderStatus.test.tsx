import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithReminders } from '../test/render'

const status = () => screen.getByRole('region', { name: 'Reminders' })

describe('reminder status in the sidebar', () => {
  it('lists what comes next, pauses until resumed and resumes', async () => {
    const { user, bridge } = renderWithReminders('/today')
    const next = await screen.findByRole('list', { name: 'Next reminders' })
    expect(within(next).getByText(/^Move (at|on|tomorrow).*\d\d:\d\d$/)).toBeTruthy()

    await user.click(within(status()).getByRole('button', { name: /Pause reminders/ }))
    await user.click(within(status()).getByRole('button', { name: 'Until I resume' }))
    expect(await within(status()).findByText('Paused until you resume')).toBeTruthy()
    expect(bridge.callsTo('reminders:pause')).toEqual([{ option: 'until_resume' }])
    const resume = within(status()).getByRole('button', { name: 'Resume reminders' })
    await waitFor(() => {
      expect(document.activeElement).toBe(resume)
    })
    expect(screen.queryByRole('list', { name: 'Next reminders' })).toBeNull()

    await user.click(resume)
    expect(await screen.findByRole('list', { name: 'Next reminders' })).toBeTruthy()
    expect(bridge.reminders.state().snapshot.pause).toBeNull()
  })

  it('"I drank water" adds a glass and says today’s total in the user’s unit', async () => {
    // Three glasses already in today's check-in.
    const { user, bridge } = renderWithReminders('/today', {
      setup: (b) => {
        b.addCheckIn({ date: '2026-03-10', waterMl: 750 })
      },
    })
    await screen.findByRole('region', { name: 'Reminders' })
    await user.click(within(status()).getByRole('button', { name: 'I drank water' }))
    expect(await within(status()).findByText('Noted. Water today: 4 glasses.')).toBeTruthy()
    await user.click(within(status()).getByRole('button', { name: 'I just stood up' }))
    expect(
      await within(status()).findByText('Noted. The move reminder starts again from now.'),
    ).toBeTruthy()
    expect(bridge.callsTo('reminders:done')).toEqual([{ kind: 'hydrate' }, { kind: 'move' }])
    expect(bridge.services.checkIns.get('2026-03-10').checkIn?.waterMl).toBe(1000)
  })
})
