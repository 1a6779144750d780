import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@renderer/test/render-app'

function input(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('textbox', { name })
}

describe('Settings', () => {
  it('shows main’s field error next to the field and keeps what was typed', async () => {
    const { user, bridge } = renderApp({ path: '/settings' })
    const start = await screen.findByRole('textbox', { name: 'Night starts' })
    await user.clear(start)
    await user.type(start, '25:00')
    await user.click(screen.getByRole('button', { name: 'Save night hours' }))

    // The message is zod's, sent back by the contract check as an issue on `nightStart`.
    const error = await screen.findByText('Use a 24-hour time such as 22:00')
    expect(input('Night starts').value).toBe('25:00')
    expect(input('Night starts').getAttribute('aria-invalid')).toBe('true')
    expect(input('Night starts').getAttribute('aria-describedby')).toContain(
      error.parentElement?.id,
    )
    expect(document.activeElement).toBe(input('Night starts'))
    // The other field is untouched and not marked wrong.
    expect(input('Night ends').value).toBe('07:00')
    expect(input('Night ends').getAttribute('aria-invalid')).toBeNull()
    expect(bridge.settings.nightStart).toBe('22:00')
    // Field problems are shown in place, not repeated as a toast.
    expect(screen.queryByText('Settings not saved')).toBeNull()
  })

  it('shows a range error for the water target in the user’s unit and keeps it', async () => {
    const { user, bridge } = renderApp({ path: '/settings' })
    const target = await screen.findByRole('textbox', { name: 'Daily target' })
    expect((target as HTMLInputElement).value).toBe('8')
    await user.clear(target)
    await user.type(target, '30')
    await user.click(screen.getByRole('button', { name: 'Save water settings' }))
    expect(await screen.findByText(/at most 6,000 ml/)).toBeTruthy()
    expect(input('Daily target').value).toBe('30')
    expect(bridge.settings.waterTargetMl).toBe(2000)
  })

  it('catches text that is not a number before asking main', async () => {
    const { user, bridge } = renderApp({ path: '/settings' })
    const target = await screen.findByRole('textbox', { name: 'Daily target' })
    await user.clear(target)
    await user.type(target, 'lots')
    await user.click(screen.getByRole('button', { name: 'Save water settings' }))
    expect(await screen.findByText('Enter a number, such as 8.')).toBeTruthy()
    expect(input('Daily target').value).toBe('lots')
    expect(bridge.callsTo('settings:update')).toHaveLength(0)
  })

  it('saves a new unit and target, converting the amount when the unit changes', async () => {
    const { user, bridge } = renderApp({ path: '/settings' })
    await user.click(await screen.findByRole('radio', { name: 'Millilitres' }))
    expect(input('Daily target').value).toBe('2000')
    await user.clear(input('Daily target'))
    await user.type(input('Daily target'), '2500')
    await user.click(screen.getByRole('button', { name: 'Save water settings' }))
    await screen.findByText('Saved.')
    expect(bridge.settings).toMatchObject({ waterUnit: 'ml', waterTargetMl: 2500 })
  })

  it('raises a dismissible toast when saving fails for another reason, keeping the input', async () => {
    const { user, bridge } = renderApp({ path: '/settings' })
    bridge.fail('settings:update', {
      code: 'storage_failed',
      message: 'Limber could not save to disk (it may be full or read-only). Nothing was changed.',
    })
    const end = await screen.findByRole('textbox', { name: 'Night ends' })
    await user.clear(end)
    await user.type(end, '06:30')
    await user.click(screen.getByRole('button', { name: 'Save night hours' }))

    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(await within(region).findByText('Settings not saved')).toBeTruthy()
    expect(within(region).getByText(/it may be full or read-only/)).toBeTruthy()
    expect(input('Night ends').value).toBe('06:30')
    expect(screen.queryByText('Saved.')).toBeNull()

    await user.click(within(region).getByRole('button', { name: 'Dismiss: Settings not saved' }))
    await waitFor(() => {
      expect(within(region).queryByText('Settings not saved')).toBeNull()
    })
  })

  it('lists stored settings that fell back to defaults', async () => {
    renderApp({
      path: '/settings',
      setup: (b) => {
        // What a hand-edited or older journal may hold: main reads each value against its schema.
        const put = b.main.core.storage
          .connection()
          .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, 0)')
        put.run('waterTargetMl', '9000')
        put.run('fontSize', '"large"')
      },
    })
    const notice = await screen.findByText('Some saved settings couldn’t be read')
    const box = notice.closest('.notice') as HTMLElement
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      // In the order main reads them (by key).
      'fontSize: Unknown setting; ignored.',
      'Daily water target: Choose at most 6,000 ml (24 glasses); using the default.',
    ])
  })

  it('shows no problems notice when every stored value was usable', async () => {
    renderApp({ path: '/settings' })
    await screen.findByRole('radio', { name: 'System' })
    expect(screen.queryByText('Some saved settings couldn’t be read')).toBeNull()
  })

  it('shows where the data lives and that it stays on this computer', async () => {
    const { bridge } = renderApp({ path: '/settings' })
    expect(await screen.findByText(bridge.main.dataDir)).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'Data & privacy' })).toBeTruthy()
    expect(screen.getByText(/stays on this computer/, { selector: 'p.card__text' })).toBeTruthy()
  })
})
