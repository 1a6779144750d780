import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithReminders } from '@renderer/features/reminders/test/render'

const heading = (name: string) => screen.findByRole('heading', { level: 1, name })
const box = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })

describe('first-run welcome', () => {
  it('opens instead of Today until it is done, says what Limber is not, and Skip ends it', async () => {
    const { user, bridge } = renderWithReminders('/', { welcomeDone: false })
    expect(await heading('Welcome to Limber')).toBeTruthy()
    expect(screen.getByText(/not a medical device and does not replace a clinician/)).toBeTruthy()
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Skip setup' }))
    expect(await heading('Today')).toBeTruthy()
    expect(bridge.settings.welcomeDone).toBe(true)
    // Skip saves nothing else.
    expect(bridge.callsTo('settings:update')).toEqual([{ welcomeDone: true }])
    expect(bridge.callsTo('reminders:save-settings')).toHaveLength(0)
  })

  it('walks through the steps, checks each one, and Finish saves every answer', async () => {
    const { user, bridge } = renderWithReminders('/', { welcomeDone: false })
    await user.click(await screen.findByRole('button', { name: 'Get started' }))

    // Working day: a mistake is explained in place and blocks Next, keeping what was typed.
    expect(await heading('Your working day')).toBe(document.activeElement)
    await user.clear(box('Work ends'))
    await user.type(box('Work ends'), '08:00')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('Working hours must end after they start')).toBeTruthy()
    expect(box('Work ends').value).toBe('08:00')
    expect(document.activeElement).toBe(box('Work ends'))
    await user.clear(box('Work ends'))
    await user.type(box('Work ends'), '16:00')
    const days = screen.getByRole('group', { name: 'Working days' })
    await user.click(within(days).getByRole('checkbox', { name: 'Friday' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await heading('Your nights')).toBeTruthy()
    await user.clear(box('Night starts'))
    await user.type(box('Night starts'), '23:00')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await heading('Water')).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'Millilitres' }))
    expect(box('Daily water target').value).toBe('2000')
    await user.clear(box('Daily water target'))
    await user.type(box('Daily water target'), '9000')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText(/at most 6,000 ml/)).toBeTruthy()
    await user.clear(box('Daily water target'))
    await user.type(box('Daily water target'), '2500')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    expect(await heading('Reminders')).toBeTruthy()
    await user.click(screen.getByRole('switch', { name: 'Water' }))
    await user.click(screen.getByRole('switch', { name: /Start Limber in the tray when I log in/ }))
    await user.click(screen.getByRole('button', { name: 'Finish' }))

    expect(await heading('Today')).toBeTruthy()
    expect(bridge.settings).toMatchObject({
      welcomeDone: true,
      nightStart: '23:00',
      waterUnit: 'ml',
      waterTargetMl: 2500,
      launchAtLogin: true,
    })
    await waitFor(() => {
      expect(bridge.reminderSettings.hydrate.enabled).toBe(false)
    })
    expect(bridge.reminderSettings.workHours).toEqual({
      days: ['mon', 'tue', 'wed', 'thu'],
      start: '09:00',
      end: '16:00',
    })
  })

  it('Back returns to the previous step with its answers kept', async () => {
    const { user } = renderWithReminders('/', { welcomeDone: false })
    await user.click(await screen.findByRole('button', { name: 'Get started' }))
    await user.clear(box('Work starts'))
    await user.type(box('Work starts'), '08:30')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await heading('Your nights')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await heading('Your working day')
    expect(box('Work starts').value).toBe('08:30')
  })
})
