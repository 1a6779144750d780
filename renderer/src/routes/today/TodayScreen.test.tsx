import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MORNING } from '@renderer/test/time'
import { renderApp } from '@renderer/test/render-app'

afterEach(() => {
  sessionStorage.clear()
})

describe('Today', () => {
  it('puts the actions first', async () => {
    renderApp({ path: '/today', now: MORNING })
    // The date is main's (the journal's clock), not the page's.
    expect(await screen.findByText('Tuesday 10 March')).toBeTruthy()
    const crampNow = screen.getByRole('button', { name: 'Cramp now' })
    expect(crampNow.getAttribute('aria-describedby')).toBe('cramp-now-hint')
    expect(screen.getByRole('link', { name: 'Log a past cramp' }).getAttribute('href')).toBe(
      '#/journal/log',
    )
    expect(screen.getByRole('link', { name: 'Daily check-in' }).getAttribute('href')).toBe(
      '#/check-in',
    )
    expect(screen.getByText(/Nothing logged yet/)).toBeTruthy()
  })

  it('"No" to "Any cramps last night?" records a quiet night and the question goes', async () => {
    const { user, bridge } = renderApp({ path: '/today', now: MORNING })
    const prompt = await screen.findByRole('region', { name: 'Any cramps last night?' })
    await user.click(within(prompt).getByRole('button', { name: 'No, a quiet night' }))
    await waitFor(() => {
      expect(bridge.callsTo('checkins:night-report')).toEqual([
        { date: '2026-03-10', report: 'none' },
      ])
    })
    const thanks = await screen.findByText('Noted: a night without cramps.')
    expect(document.activeElement).toBe(thanks)
    expect(screen.queryByRole('region', { name: 'Any cramps last night?' })).toBeNull()
  })

  it('"Yes" opens the log form at last night', async () => {
    const { user } = renderApp({ path: '/today', now: MORNING })
    await user.click(await screen.findByRole('link', { name: 'Yes, log it' }))
    await screen.findByRole('heading', { level: 1, name: 'Log a past cramp' })
    expect(screen.getByRole('radio', { name: 'Last night, around 3 a.m.' })).toHaveProperty(
      'checked',
      true,
    )
  })

  it('does not ask in the afternoon, or once a cramp from last night is logged', async () => {
    renderApp({
      path: '/today',
      now: MORNING,
      setup: (b) => {
        b.addCramp({ startedAt: Date.parse('2026-03-10T02:30:00Z'), context: 'asleep' })
      },
    })
    expect(await screen.findByText('One cramp logged last night.')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Any cramps last night?' })).toBeNull()
  })

  it('shows red flags calmly with who to talk to, and the medication note', async () => {
    renderApp({
      path: '/today',
      now: MORNING,
      setup: (b) => {
        // Night cramps on 4 of the last 7 nights: "wakes you most nights".
        for (const day of [4, 5, 7, 9])
          b.addCramp({ startedAt: Date.parse(`2026-03-0${day}T03:00:00Z`), context: 'asleep' })
        b.addCramp({ startedAt: Date.parse('2026-03-09T15:00:00Z'), symptoms: ['swelling'] })
        // A medicine that can contribute to cramps, beside those signs: main suggests a review.
        b.addMedication({ name: 'Furosemide', kind: 'diuretic' })
      },
    })
    const section = await screen.findByRole('region', { name: 'Worth a word with a clinician' })
    const signs = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(signs).toEqual([
      'Cramps are waking you on most nights',
      'A cramp came with weakness, numbness, swelling or a colour change',
    ])
    expect(within(section).getByText(/not a diagnosis/)).toBeTruthy()
    expect(within(section).getByRole('link', { name: /See the entry/ })).toBeTruthy()
    expect(within(section).getByText(/ask about a medication review/)).toBeTruthy()
    // Recent cramps show their own signs as badges.
    const recent = screen.getByRole('region', { name: 'Recent cramps' })
    expect(within(recent).getAllByRole('article')).toHaveLength(3)
    expect(within(recent).getByText('Came with other signs')).toBeTruthy()
  })

  it('still works when the summary cannot load', async () => {
    const { bridge } = renderApp({
      path: '/today',
      now: MORNING,
      setup: (b) => {
        b.fail('journal:today', { code: 'storage_failed', message: 'Disk trouble.' })
      },
    })
    expect(await screen.findByText('Limber couldn’t load today’s summary')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Cramp now' })).toBeTruthy()
    // Asked for beside the storage check; when that early call fails before
    // the screen is there, the screen asks once itself. Never more.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(bridge.callsTo('journal:today').length).toBeLessThanOrEqual(2)
  })
})
