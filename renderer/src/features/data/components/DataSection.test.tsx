import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { BackupInfo } from '@shared/contract/data'
import { renderApp } from '@renderer/test/render-app'

const backups: BackupInfo[] = [
  {
    name: 'limber-daily-2026-11-25T09-00-00-000Z.db',
    kind: 'daily',
    createdAt: Date.UTC(2026, 10, 25, 9),
    sizeBytes: 2_400_000,
  },
  {
    name: 'limber-pre-migration-2026-11-20T08-00-00-000Z.db',
    kind: 'pre-migration',
    createdAt: Date.UTC(2026, 10, 20, 8),
    sizeBytes: 300,
  },
]

async function openSection(setup?: Parameters<typeof renderApp>[0]) {
  const view = renderApp({
    path: '/settings',
    ...setup,
    setup: (bridge) => {
      bridge.respond('data:backups', () => ({ ok: true, value: backups }))
      setup?.setup?.(bridge)
    },
  })
  await screen.findByRole('heading', { level: 2, name: 'Backups & data' })
  return { ...view, section: screen.getByRole('region', { name: 'Backups & data' }) }
}

describe('Settings → Backups & data', () => {
  it('lists the backups with their kind and size', async () => {
    const { section } = await openSection()
    const list = await within(section).findByRole('list', { name: 'Backups' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]?.textContent).toContain('Daily · 2.3 MB')
    expect(items[1]?.textContent).toContain('Before an update · 1 KB')
  })

  it('restores only after the user confirms, then says what happened', async () => {
    const { section, user, bridge } = await openSection()
    bridge.respond('data:restore', () => ({
      ok: true,
      value: {
        restored: backups[0] as BackupInfo,
        safetyCopy: { ...(backups[0] as BackupInfo), kind: 'pre-restore' },
      },
    }))
    const buttons = await within(section).findAllByRole('button', { name: /^Restore the backup/ })
    await user.click(buttons[0] as HTMLElement)
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep my journal' }))
    expect(bridge.callsTo('data:restore')).toEqual([])
    await user.click(buttons[0] as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Restore backup' }))
    expect(bridge.callsTo('data:restore')).toEqual([{ name: backups[0]?.name }])
    expect(await within(section).findByText(/Restored the backup from/)).toBeTruthy()
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
    bridge.respond('data:delete-all', (input) => ({
      ok: true,
      value: { backupsKept: input.keepBackups ? 2 : 0 },
    }))
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
  })

  it('shows the folder path where the folder cannot be opened', async () => {
    const { section, user, bridge } = await openSection()
    bridge.respond('data:open-folder', () => ({
      ok: true,
      value: { status: 'unavailable', path: '/tmp/limber-data' },
    }))
    await user.click(within(section).getByRole('button', { name: 'Open data folder' }))
    expect(await within(section).findByText('/tmp/limber-data')).toBeTruthy()
  })
})
