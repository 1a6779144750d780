import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InputOf } from '@shared/contract'
import { unsavedCheckIns } from '@renderer/features/checkins/draft-store'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge, TestBridgeOptions } from '@renderer/test/test-bridge'
import { freezeToday, TEST_TODAY } from '@renderer/test/time'

beforeEach(freezeToday)
afterEach(() => {
  vi.useRealTimers()
  unsavedCheckIns.clear()
})

async function openCheckIn(
  fill: (data: TestBridge) => void = () => {},
  { path = '/check-in', ...options }: TestBridgeOptions & { path?: string } = {},
) {
  const view = renderApp({ path, setup: fill, ...options })
  await screen.findByRole('heading', { level: 1, name: 'Daily check-in' })
  await screen.findByRole('button', { name: 'Save check-in' })
  return view
}

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })

function lastSaved(bridge: { callsTo: (c: 'checkins:save') => unknown[] }) {
  return bridge.callsTo('checkins:save').at(-1) as InputOf<'checkins:save'>
}

describe('Daily check-in', () => {
  it('fills in from the last check-in with one tap, keeping today’s note, and saves it for today', async () => {
    const { user, bridge } = await openCheckIn((d) => {
      const diuretic = d.addMedication({ name: 'Furosemide', kind: 'diuretic' })
      d.addCheckIn({
        date: '2026-03-09',
        waterMl: 1750,
        electrolytes: ['potassium'],
        caffeineDrinks: 3,
        exercise: [
          {
            type: 'Cycling',
            minutes: 50,
            effort: 6,
            hardOrNew: false,
            warmedUp: true,
            cooledDown: true,
            hot: false,
          },
        ],
        sittingHours: 8,
        stretchedBeforeBed: true,
        sleepQuality: 2,
        medicationIds: [diuretic.id],
        note: 'Yesterday’s note',
      })
    })
    expect(screen.getByText('Today, Tuesday 10 March')).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'New shoes')
    await user.click(screen.getByRole('button', { name: 'Same as yesterday' }))

    expect(textbox('Water today').value).toBe('7')
    expect(screen.getByRole('checkbox', { name: /^Potassium/ })).toHaveProperty('checked', true)
    expect(screen.getByRole('checkbox', { name: /^Sodium/ })).toHaveProperty('checked', false)
    expect(textbox('Caffeine drinks').value).toBe('3')
    expect(textbox('What you did').value).toBe('Cycling')
    expect(textbox('Minutes').value).toBe('50')
    expect(textbox('Hours sitting').value).toBe('8')
    expect(screen.getByRole('checkbox', { name: 'Stretched before bed' })).toHaveProperty(
      'checked',
      true,
    )
    expect(screen.getByRole('radio', { name: '2 poor' })).toHaveProperty('checked', true)
    expect(screen.getByRole('checkbox', { name: /Furosemide/ })).toHaveProperty('checked', true)
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveProperty('value', 'New shoes')
    // The sidebar and the reminder prompt have live regions of their own.
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Filled in from yesterday')

    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(await screen.findByText('Check-in saved at 12:00.')).toBeTruthy()
    expect(lastSaved(bridge)).toEqual({
      date: TEST_TODAY,
      waterMl: 1750,
      electrolytes: ['potassium'],
      caffeineDrinks: 3,
      exercise: [
        {
          type: 'Cycling',
          minutes: 50,
          effort: 6,
          hardOrNew: false,
          warmedUp: true,
          cooledDown: true,
          hot: false,
        },
      ],
      sittingHours: 8,
      stretchedBeforeBed: true,
      sleepQuality: 2,
      medicationIds: [bridge.services.checkIns.medications()[0]?.id],
      nightReport: null,
      note: 'New shoes',
    })
  })

  it('has nothing to copy on the very first check-in, and says so', async () => {
    await openCheckIn()
    const same = screen.getByRole('button', { name: 'Same as yesterday' })
    expect(same.getAttribute('aria-disabled')).toBe('true')
    expect(screen.getByText('There is no earlier check-in to copy yet.')).toBeTruthy()
  })

  it('counts water in glasses: the buttons add 250 ml each, against the target', async () => {
    const { user, bridge } = await openCheckIn()
    const more = screen.getByRole('button', { name: 'One glass more' })
    await user.click(more)
    await user.click(more)
    await user.click(more)
    expect(textbox('Water today').value).toBe('3')
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(
      '3 glasses of 8 glasses, 38% of your daily target',
    )
    await user.click(screen.getByRole('button', { name: 'One glass less' }))
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    await screen.findByText(/Check-in saved/)
    expect(lastSaved(bridge).waterMl).toBe(500)
  })

  it('counts water in millilitres when Settings say so, and converts typed amounts', async () => {
    const { user, bridge } = await openCheckIn(
      (d) => d.addCheckIn({ date: TEST_TODAY, waterMl: 1250 }),
      {
        settings: { waterUnit: 'ml', waterTargetMl: 2500 },
      },
    )
    expect(textbox('Water today').value).toBe('1250')
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(
      '1,250 ml of 2,500 ml, 50% of your daily target',
    )
    await user.click(screen.getByRole('button', { name: '250 ml more' }))
    expect(textbox('Water today').value).toBe('1500')
    await user.clear(textbox('Water today'))
    await user.type(textbox('Water today'), '2600')
    expect(screen.getByText('Daily target reached.', { exact: false })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    await screen.findByText(/Check-in saved/)
    expect(lastSaved(bridge).waterMl).toBe(2600)
  })

  it('shows main’s field errors in place, focuses the first, and loses nothing typed', async () => {
    const { user, bridge } = await openCheckIn()
    bridge.respond('checkins:save', () => ({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid request: Too big',
        issues: [
          { path: 'exercise.0.minutes', message: 'Too big: expected number to be <=1440' },
          { path: 'note', message: 'Notes can be up to 5,000 characters' },
        ],
      },
    }))
    await user.click(screen.getByRole('button', { name: 'Add exercise' }))
    expect(document.activeElement).toBe(textbox('What you did'))
    await user.type(textbox('What you did'), 'Hill sprints')
    await user.clear(textbox('Minutes'))
    await user.type(textbox('Minutes'), '45')
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Sore calves')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))

    const minutes = textbox('Minutes')
    expect(await screen.findByText('Too big: expected number to be <=1440')).toBeTruthy()
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(minutes)
    // A problem without a field of its own is listed in the summary.
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Notes can be up to 5,000 characters')).toBeTruthy()
    expect(minutes.value).toBe('45')
    expect(textbox('What you did').value).toBe('Hill sprints')
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveProperty('value', 'Sore calves')
    expect(screen.queryByText(/Check-in saved/)).toBeNull()
  })

  it('catches what is not a number before asking main, in the user’s words', async () => {
    const { user, bridge } = await openCheckIn()
    await user.clear(textbox('Water today'))
    await user.type(textbox('Water today'), 'lots')
    await user.clear(textbox('Hours sitting'))
    await user.type(textbox('Hours sitting'), '7.2')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(await screen.findByText('Enter a number of glasses, such as 6.')).toBeTruthy()
    expect(screen.getByText('Enter hours in whole or half hours, such as 7.5.')).toBeTruthy()
    expect(document.activeElement).toBe(textbox('Water today'))
    expect(bridge.callsTo('checkins:save')).toHaveLength(0)
  })

  it('moves between days but never into the future', async () => {
    const { user } = await openCheckIn((d) =>
      d.addCheckIn({ date: '2026-03-09', caffeineDrinks: 4 }),
    )
    const nav = screen.getByRole('navigation', { name: 'Check-in day' })
    expect(within(nav).getByRole('button', { name: 'Next day' })).toHaveProperty('disabled', true)
    await user.click(within(nav).getByRole('link', { name: 'Previous day' }))
    expect(await screen.findByText('Yesterday, Monday 9 March')).toBeTruthy()
    await waitFor(() => {
      expect(textbox('Caffeine drinks').value).toBe('4')
    })
    expect(window.location.hash).toBe('#/check-in/2026-03-09')
    await user.click(
      within(screen.getByRole('navigation', { name: 'Check-in day' })).getByRole('link', {
        name: 'Next day',
      }),
    )
    expect(await screen.findByText('Today, Tuesday 10 March')).toBeTruthy()
    expect(window.location.hash).toBe('#/check-in')
  })

  it('refuses a future date in the address', async () => {
    renderApp({ path: '/check-in/2026-03-11' })
    expect(await screen.findByText('That day hasn’t happened yet')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to today’s check-in' })).toBeTruthy()
  })

  it('keeps an unsaved check-in when leaving the screen and coming back', async () => {
    const { user } = await openCheckIn()
    await user.click(screen.getByRole('button', { name: 'One glass more' }))
    await user.click(screen.getByRole('link', { name: 'Journal' }))
    await screen.findByRole('heading', { level: 1, name: 'Journal' })
    window.history.back()
    await screen.findByRole('button', { name: 'Save check-in' })
    expect(textbox('Water today').value).toBe('1')
    expect(screen.getByText('Unsaved changes')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(textbox('Water today').value).toBe('0')
  })

  it('adds a medication inline, ticks it, and archives one no longer taken', async () => {
    const { user, bridge } = await openCheckIn((d) =>
      d.addMedication({ name: 'Atorvastatin', kind: 'statin' }),
    )
    await user.click(screen.getByRole('button', { name: 'Manage medications' }))
    await user.type(textbox('Name'), 'Furosemide')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind' }),
      'Diuretic (water pill)',
    )
    await user.type(textbox('Started on (optional)'), '2026-02-01{Enter}')
    expect(await screen.findByRole('checkbox', { name: /Furosemide/ })).toBeTruthy()
    expect(bridge.callsTo('medications:save').at(-1)).toEqual({
      name: 'Furosemide',
      kind: 'diuretic',
      startedOn: '2026-02-01',
    })
    // Enter added the medication; it did not submit the check-in.
    expect(bridge.callsTo('checkins:save')).toHaveLength(0)
    expect(textbox('Name').value).toBe('')

    await user.click(screen.getByRole('button', { name: 'Archive Atorvastatin' }))
    await waitFor(() => {
      expect(screen.queryByRole('checkbox', { name: /Atorvastatin/ })).toBeNull()
    })
    expect(screen.getByRole('button', { name: 'Restore Atorvastatin' })).toBeTruthy()
  })

  it('explains a medication the list refuses, next to its field', async () => {
    const { user } = await openCheckIn()
    await user.click(screen.getByRole('button', { name: 'Manage medications' }))
    await user.type(textbox('Started on (optional)'), 'March')
    await user.click(screen.getByRole('button', { name: 'Add medication' }))
    expect(await screen.findByText('Use a date like 2025-03-31, or leave it empty.')).toBeTruthy()
    await user.clear(textbox('Started on (optional)'))
    await user.click(screen.getByRole('button', { name: 'Add medication' }))
    expect(await screen.findByText('Enter the medication name')).toBeTruthy()
    expect(textbox('Name').getAttribute('aria-invalid')).toBe('true')
  })
})
