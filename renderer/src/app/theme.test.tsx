import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockSystemTheme } from '../test/match-media'
import { renderApp } from '../test/render-app'

const theme = () => document.documentElement.dataset.theme

async function settled() {
  await screen.findByRole('heading', { level: 1 })
}

describe('theme', () => {
  it('follows the system when the setting is "System", live', async () => {
    const system = mockSystemTheme(true)
    const { bridge } = renderApp({ settings: { theme: 'system' } })
    await settled()
    await waitFor(() => {
      expect(bridge.callsTo('settings:get')).toHaveLength(1)
    })
    expect(theme()).toBe('dark')
    act(() => {
      system.setDark(false)
    })
    expect(theme()).toBe('light')
  })

  it('uses the saved choice over the system preference', async () => {
    const system = mockSystemTheme(false)
    renderApp({ settings: { theme: 'dark' } })
    await settled()
    await waitFor(() => {
      expect(theme()).toBe('dark')
    })
    act(() => {
      system.setDark(true)
    })
    act(() => {
      system.setDark(false)
    })
    expect(theme()).toBe('dark')
  })

  it('switches as soon as a theme is picked in Settings, and saves it', async () => {
    mockSystemTheme(false)
    const { user, bridge } = renderApp({ path: '/settings' })
    const dark = await screen.findByRole('radio', { name: 'Dark' })
    expect(theme()).toBe('light')
    await user.click(dark)
    await screen.findByText('Saved.')
    expect(theme()).toBe('dark')
    expect(bridge.settings.theme).toBe('dark')
    await user.click(screen.getByRole('radio', { name: 'System' }))
    await screen.findByText('Saved.')
    expect(theme()).toBe('light')
  })

  it('follows settings changed elsewhere (settings:changed)', async () => {
    const { bridge } = renderApp()
    await settled()
    expect(theme()).toBe('light')
    // Another window saves the theme; main tells every window.
    await act(async () => {
      await bridge.fromAnotherWindow('settings:update', { theme: 'dark' })
    })
    // Query updates reach components on the next tick.
    await waitFor(() => {
      expect(theme()).toBe('dark')
    })
  })

  it('keeps the system theme on the recovery screen, where settings cannot load', async () => {
    mockSystemTheme(true)
    const { bridge } = renderApp({ journalFile: 'randomBytes' })
    await screen.findByRole('heading', { level: 1, name: /couldn’t open your journal/ })
    expect(theme()).toBe('dark')
    expect(bridge.callsTo('settings:get')).toHaveLength(0)
  })
})
