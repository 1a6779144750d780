import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StorageStatus } from '@shared/contract'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'

// Main finds a journal saved by a newer Limber and quarantines it.
const newer = { journalFile: 'newer' } as const

function quarantined(bridge: TestBridge): Extract<StorageStatus, { state: 'quarantined' }> {
  const status = bridge.main.core.storage.status()
  if (status.state !== 'quarantined') throw new Error('main did not quarantine the journal')
  return status
}

describe('storage recovery', () => {
  it('explains what happened, that nothing changed, and where the copy is', async () => {
    const { bridge } = renderApp(newer)
    const status = quarantined(bridge)
    expect(status.message).toMatch(/^Your journal was saved by a newer version of Limber/)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Limber couldn’t open your journal' }),
    ).toBeTruthy()
    expect(screen.getByText(status.message)).toBeTruthy()
    expect(screen.getByText('Nothing was changed')).toBeTruthy()
    const path = screen.getByLabelText('Location of the untouched copy')
    expect(path.textContent).toBe(status.quarantinePath)
    // The shell is not shown until the user decides.
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()
  })

  it('starts fresh and continues into the app', async () => {
    const { user, bridge } = renderApp(newer)
    await user.click(await screen.findByRole('button', { name: 'Start fresh' }))
    // A fresh journal has no settings yet: it opens at the first-run welcome.
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Limber' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Skip setup' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(bridge.callsTo('app:start-fresh')).toHaveLength(1)
    expect(bridge.main.core.storage.status().state).toBe('ok')
  })

  it('says so when starting fresh fails, and stays on the choice', async () => {
    const { user, bridge } = renderApp(newer)
    bridge.fail('app:start-fresh', {
      code: 'storage_failed',
      message: 'Limber could not save to disk (it may be full or read-only). Nothing was changed.',
    })
    await user.click(await screen.findByRole('button', { name: 'Start fresh' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Starting fresh didn’t work')
    expect(alert.textContent).toContain('it may be full or read-only')
    expect(screen.getByRole('button', { name: 'Quit Limber' })).toBeTruthy()
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()
  })

  it('quits when asked', async () => {
    const { user, bridge } = renderApp(newer)
    await user.click(await screen.findByRole('button', { name: 'Quit Limber' }))
    expect(bridge.callsTo('app:quit')).toHaveLength(1)
    await waitFor(() => {
      expect(bridge.main.quits()).toBe(1)
    })
    expect(bridge.callsTo('app:start-fresh')).toHaveLength(0)
  })

  it('offers to try again when the storage check itself fails', async () => {
    const { user, bridge } = renderApp({
      setup: (fake) => {
        fake.fail('app:storage-status', {
          message: 'Limber could not reach its background process.',
        })
      },
    })
    expect(
      await screen.findByRole('heading', { name: 'Limber couldn’t check your journal' }),
    ).toBeTruthy()
    bridge.restore('app:storage-status')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
  })
})
