import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test/render-app'

function mainNav() {
  return screen.getByRole('navigation', { name: 'Main' })
}

function currentLink() {
  const current = within(mainNav())
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
  expect(current).toHaveLength(1)
  return current[0]
}

describe('navigation', () => {
  it('opens on Today with the strategy and the medical disclaimer', async () => {
    renderApp()
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    expect(currentLink()?.textContent).toBe('Today')
    for (const part of ['React', 'Prevent', 'Watch patterns']) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${part}`) })).toBeTruthy()
    }
    expect(
      screen.getByText('Limber is not a medical device and does not replace a clinician.'),
    ).toBeTruthy()
    expect(document.title).toBe('Today · Limber')
  })

  it('moves between every screen from the sidebar, one h1 each', async () => {
    const { user } = renderApp()
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    for (const name of ['Journal', 'Routines', 'Trends', 'Settings', 'Today']) {
      await user.click(within(mainNav()).getByRole('link', { name }))
      const heading = await screen.findByRole('heading', { level: 1, name })
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
      expect(currentLink()?.textContent).toBe(name)
      // Focus lands on the new screen's heading for keyboard and screen-reader users.
      expect(document.activeElement).toBe(heading)
    }
  })

  it('shows each feature screen, and an honest empty state for Trends with no data', async () => {
    const { user } = renderApp({ path: '/journal' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy()
    await user.click(screen.getByRole('link', { name: 'Routines' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Routines' })).toBeTruthy()
    await user.click(screen.getByRole('link', { name: 'Trends' }))
    // The chart code loads on first use, so the empty state can take a moment.
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Nothing to chart in this period' },
        { timeout: 15_000 },
      ),
    ).toBeTruthy()
  })

  it('is usable from the keyboard: skip link, then the sidebar', async () => {
    const { user } = renderApp()
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip to content' }))
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(screen.getByRole('main'))

    await user.click(document.body)
    await user.tab() // skip link
    await user.tab() // Today
    await user.tab() // Journal
    await user.tab() // Routines
    expect(document.activeElement?.textContent).toBe('Routines')
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Routines' })).toBeTruthy()
  })

  it('follows app:navigate from main (tray, menu, notifications)', async () => {
    const { bridge } = renderApp()
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    act(() => {
      bridge.emit('app:navigate', { route: 'trends' })
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Trends' })).toBeTruthy()
    expect(currentLink()?.textContent).toBe('Trends')
  })

  it('opens screens outside the sidebar that the tray asks for', async () => {
    const { bridge } = renderApp()
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    act(() => {
      bridge.emit('app:navigate', { route: 'log-cramp' })
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Log a past cramp' })).toBeTruthy()
  })

  it('sends an unknown address back to Today', async () => {
    renderApp({ path: '/nowhere' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
  })
})
