import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render-app'

describe('desk notices from main', () => {
  it('shows why reminders cannot be notifications, with a way to dismiss it', async () => {
    const { bridge } = renderApp()
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    act(() => {
      bridge.emit('reminders:notifications-failed', {
        title: 'Reminders cannot show as notifications',
        message: 'macOS shows notifications only from a signed app.',
      })
    })
    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(within(region).getByText('Reminders cannot show as notifications')).toBeTruthy()
    expect(
      within(region).getByText('macOS shows notifications only from a signed app.'),
    ).toBeTruthy()
    expect(
      within(region).getByRole('button', {
        name: 'Dismiss: Reminders cannot show as notifications',
      }),
    ).toBeTruthy()
  })
})
