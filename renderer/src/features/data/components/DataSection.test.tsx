import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { crampInput } from '@shared/testing/cramps'
import { renderApp } from '@renderer/test/render-app'
import { installBridge } from '@renderer/test/test-bridge'

const DAY = 24 * 60 * 60_000

/** Settings with two real backups of the journal: one from before an update, then a daily one. */
async function openSection() {
  const bridge = installBridge({ now: Date.UTC(2026, 10, 20, 8) })
  bridge.services.journal.create(crampInput({ startedAt: Date.UTC(2026, 10, 19, 3) }), 'form')
  await bridge.main.core.backups.create('pre-migration')
  bridge.main.clock.advance(5 * DAY)
  await bridge.main.core.backups.create('daily')
  const view = renderApp({ path: '/settings', bridge })
  await screen.findByRole('heading', { level: 2, name: 'Backups & data' })
  return { ...view, section: screen.getByRole('region', { name: 'Backups & data' }) }
}

describe('Settings → Backups & data', () => {
  it('lists the backups with their kind and size', async () => {
    const { section } = await openSection()
    const list = await within(section).findByRole('list', { name: 'Backups' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    // Newest first, each with its kind and the size of the copy on disk.
    expect(items[0]?.textContent).toMatch(/Daily · \d+ KB/)
    expect(items[1]?.textContent).toMatch(/Before an update · \d+ KB/)
  })

  it('restores only after the user confirms, then says what happened', async () => {
    const { section, user, bridge } = await openSection()
    const [daily] = bridge.main.core.backups.list()
    bridge.services.journal.create(crampInput({ startedAt: Date.UTC(2026, 10, 24, 3) }), 'form')
    const buttons = await within(section).findAllByRole('button', { name: /^Restore the backup/ })
    await user.click(buttons[0] as HTMLElement)
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep my journal' }))
    expect(bridge.callsTo('data:restore')).toEqual([])
    await user.click(buttons[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Restore backup' }))
    expect(bridge.callsTo('data:restore')).toEqual([{ name: daily?.name }])
    expect(await within(section).findByText(/Restored the backup from/)).toBeTruthy()
    // The journal is the backup's again (one cramp), and main kept a copy of the one replaced.
    expect(
      bridge.services.journal.list({ filter: {}, cursor: null, limit: 50 }).items,
    ).toHaveLength(1)
    expect(bridge.main.core.backups.list().map((b) => b.kind)).toContain('pre-restore')
  })

  it('explains a failed restore', async () => {
    const { section, user, bridge } = await openSection()
    bridge.fail('data:restore', {
      code: 'conflict',
      message: 'That backup cannot be restored. Your journal file is damaged.',
    })
    const buttons = await within(section).findAllByRole('button', { name: /^Restore the backup/ })
    await user.click(buttons[1] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Restore backup' }))
    const alert = await within(section).findByRole('alert')
    expect(alert.textContent).toContain('The backup was not restored.')
    expect(alert.textContent).toContain('damaged')
  })

  it('deletes everything only when DELETE is typed, keeping backups if asked', async () => {
    const { section, user, bridge } = await openSection()
    await user.click(within(section).getByRole('button', { name: 'Delete all data…' }))
    const field = within(section).getByRole('textbox', { name: 'Type DELETE to confirm' })
    await user.type(field, 'delete')
    await user.click(within(section).getByRole('button', { name: 'Delete everything' }))
    expect(bridge.callsTo('data:delete-all')).toEqual([])
    expect(within(section).getByText('Type DELETE in capitals to confirm.')).toBeTruthy()
    // What was typed stays, so it can be corrected.
    expect((field as HTMLInputElement).value).toBe('delete')
    await user.clear(field)
    await user.type(field, 'DELETE')
    await user.click(within(section).getByRole('checkbox', { name: /Keep the backups/ }))
    await user.click(within(section).getByRole('button', { name: 'Delete everything' }))
    expect(bridge.callsTo('data:delete-all')).toEqual([{ confirm: 'DELETE', keepBackups: true }])
    expect(await within(section).findByText(/2 backup\(s\) were kept/)).toBeTruthy()
    expect(bridge.services.journal.list({ filter: {}, cursor: null, limit: 50 }).items).toEqual([])
  })

  it('shows the folder path where the folder cannot be opened', async () => {
    // No file manager to ask here (as in the browser preview): main answers with the path.
    const { section, user, bridge } = await openSection()
    await user.click(within(section).getByRole('button', { name: 'Open data folder' }))
    expect(await within(section).findByText(bridge.main.dataDir)).toBeTruthy()
  })
})
