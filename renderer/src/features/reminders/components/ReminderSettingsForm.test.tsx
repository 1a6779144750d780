import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithReminders } from '../test/render'

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })
const previewRow = (kind: string) =>
  within(screen.getByRole('list', { name: 'Upcoming reminders today' }))
    .getAllByRole('listitem')
    .find((item) => item.textContent.startsWith(kind))

describe('Settings → Reminders', () => {
  it('explains a cross-field problem next to its field, keeps the typing and saves nothing', async () => {
    const { user, bridge } = renderWithReminders('/settings/reminders')
    const end = await screen.findByRole('textbox', { name: 'End' })
    await user.clear(end)
    await user.type(end, '08:00')
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))

    expect(field('End').getAttribute('aria-invalid')).toBe('true')
    expect(field('End')).toHaveProperty('value', '08:00')
    expect(field('End').getAttribute('aria-describedby')).toContain('rm-work-end-error')
    expect(document.getElementById('rm-work-end-error')?.textContent).toBe(
      'Working hours must end after they start',
    )
    // The keyboard is put on the field to fix.
    expect(document.activeElement).toBe(field('End'))
    expect(field('Start').getAttribute('aria-invalid')).toBeNull()
    expect(bridge.callsTo('reminders:save-settings')).toHaveLength(0)

    // Fixing it clears the message as the user types.
    await user.clear(end)
    await user.type(end, '18:00')
    expect(field('End').getAttribute('aria-invalid')).toBeNull()
  })

  it('says a bedtime inside quiet hours would never show, at the bedtime field', async () => {
    const { user } = renderWithReminders('/settings/reminders')
    const at = await screen.findByRole('textbox', { name: 'Bedtime stretch at' })
    await user.clear(at)
    await user.type(at, '23:00')
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))
    expect(field('Bedtime stretch at').getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('rm-bedtime-at-error')?.textContent).toMatch(
      /23:00 is inside quiet hours \(22:30–07:00\)/,
    )
  })

  it('keeps minutes that are not a number and says what is wanted', async () => {
    const { user } = renderWithReminders('/settings/reminders')
    const after = await screen.findByRole('textbox', { name: 'After sitting for' })
    await user.clear(after)
    await user.type(after, 'an hour')
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))
    expect(await screen.findByText('Enter the sitting time in minutes')).toBeTruthy()
    expect(field('After sitting for').value).toBe('an hour')
  })

  it('places main’s issues on their fields when main refuses the save', async () => {
    const { user, bridge } = renderWithReminders('/settings/reminders', {
      setup: (b) => {
        b.fail('reminders:save-settings', {
          code: 'invalid_input',
          message: 'Invalid request',
          issues: [{ path: 'idleThresholdMin', message: 'Choose at most 60 minutes' }],
        })
      },
    })
    await screen.findByRole('textbox', { name: 'Away from the computer for' })
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))
    expect(await screen.findByText('Choose at most 60 minutes')).toBeTruthy()
    expect(field('Away from the computer for').getAttribute('aria-invalid')).toBe('true')
    expect(bridge.reminderSettings.idleThresholdMin).toBe(5)
  })

  it('updates the preview of today’s reminders as the draft changes, before saving', async () => {
    const { user, bridge } = renderWithReminders('/settings/reminders')
    await waitFor(() => {
      expect(previewRow('Water')).toBeTruthy()
    })
    const before = previewRow('Move')?.textContent
    expect(before).toMatch(/\d\d:\d\d/)

    await user.click(screen.getByRole('switch', { name: 'Water' }))
    await waitFor(() => {
      expect(previewRow('Water')).toBeUndefined()
    })

    const after = field('After sitting for')
    await user.clear(after)
    await user.type(after, '90')
    await waitFor(() => {
      expect(previewRow('Move')?.textContent).not.toBe(before)
    })
    // The preview asked main about the draft; nothing was saved.
    const asked = bridge.callsTo('reminders:preview').at(-1) as {
      settings: { move: { afterMin: number }; hydrate: { enabled: boolean } }
    }
    expect(asked.settings.move.afterMin).toBe(90)
    expect(asked.settings.hydrate.enabled).toBe(false)
    expect(bridge.callsTo('reminders:save-settings')).toHaveLength(0)
  })

  it('saves every section together and confirms it', async () => {
    const { user, bridge } = renderWithReminders('/settings/reminders')
    await user.click(await screen.findByRole('switch', { name: 'Warm-up before exercise' }))
    const exercise = screen.getByRole('group', { name: 'Exercise days' })
    await user.click(within(exercise).getByRole('checkbox', { name: 'Saturday' }))
    const work = screen.getByRole('group', { name: 'Working days' })
    await user.click(within(work).getByRole('checkbox', { name: 'Friday' }))
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))
    const form = screen.getByRole('form', { name: 'Reminders' })
    expect(await within(form).findByText('Saved.')).toBeTruthy()
    expect(bridge.reminderSettings.warm_up).toMatchObject({ enabled: true, days: ['sat'] })
    expect(bridge.reminderSettings.workHours.days).toEqual(['mon', 'tue', 'wed', 'thu'])
  })

  it('Settings lists the reminders that are on and leads to the full form', async () => {
    const { user } = renderWithReminders('/settings')
    const on = await screen.findByRole('list', { name: 'Reminders that are on' })
    expect(within(on).getByText('Water every 60 min')).toBeTruthy()
    await user.click(screen.getByRole('link', { name: 'Change reminders' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Reminders' })).toBe(
      document.activeElement,
    )
    await user.click(await screen.findByRole('switch', { name: 'Water' }))
    await user.click(screen.getByRole('button', { name: 'Save reminders' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    await user.click(screen.getByRole('link', { name: 'Back to Settings' }))
    const after = await screen.findByRole('list', { name: 'Reminders that are on' })
    expect(within(after).queryByText('Water every 60 min')).toBeNull()
  })

  it('turns launch at login on through the app settings', async () => {
    const { user, bridge } = renderWithReminders('/settings')
    const toggle = await screen.findByRole('switch', {
      name: 'Start Limber in the tray when I log in',
    })
    await user.click(toggle)
    await waitFor(() => {
      expect(bridge.settings.launchAtLogin).toBe(true)
    })
    expect(
      screen.getByRole<HTMLInputElement>('switch', {
        name: 'Start Limber in the tray when I log in',
      }).checked,
    ).toBe(true)
  })
})
