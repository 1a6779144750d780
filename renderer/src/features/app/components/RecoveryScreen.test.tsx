import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { StorageStatus } from '@shared/contract'
import { renderApp } from '@renderer/test/render-app'

const quarantined: StorageStatus = {
  state: 'quarantined',
  reason: 'newer',
  message: 'Your journal was saved by a newer version of Limber.',
  dbPath: '/home/sam/.config/Limber/limber.db',
  quarantinePath: '/home/sam/.config/Limber/quarantine/2025-11-25T18-00-00',
}

describe('storage recovery', () => {
  it('explains what happened, that nothing changed, and where the copy is', async () => {
    renderApp({ storage: quarantined })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Limber couldn’t open your journal' }),
    ).toBeTruthy()
    expect(screen.getByText(quarantined.message)).toBeTruthy()
    expect(screen.getByText('Nothing was changed')).toBeTruthy()
    const path = screen.getByLabelText('Location of the untouched copy')
    expect(path.textContent).toBe(quarantined.quarantinePath)
    // The shell is not shown until the user decides.
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()
  })

  it('starts fresh and continues into the app', async () => {
    const { user, bridge } = renderApp({ storage: quarantined })
    await user.click(await screen.findByRole('button', { name: 'Start fresh' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(bridge.callsTo('app:start-fresh')).toHaveLength(1)
  })

  it('says so when starting fresh fails, and stays on the choice', async () => {
    const { user, bridge } = renderApp({ storage: quarantined })
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
    const { user, bridge } = renderApp({ storage: quarantined })
    await user.click(await screen.findByRole('button', { name: 'Quit Limber' }))
    expect(bridge.callsTo('app:quit')).toHaveLength(1)
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
    bridge.respond('app:storage-status', () => ({
      ok: true,
      value: { state: 'ok', dbPath: '/x/limber.db' },
    }))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
  })
})
