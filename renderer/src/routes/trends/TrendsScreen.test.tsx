import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { INSIGHTS_NOW, twelveCramps } from '@renderer/features/trends/test/journal'
import { renderApp } from '@renderer/test/render-app'

// The charts load on demand with recharts; a cold import in jsdom can
// outlast a query's timeout, so warm it once before the tests.
beforeAll(async () => {
  await import('@renderer/features/trends/TrendsCharts')
})

/** Trends at `path` over twelve cramps in the last four weeks. */
function renderTrends(path = '/trends') {
  return renderApp({ path, now: INSIGHTS_NOW, setup: twelveCramps })
}

function chart(name: string) {
  return screen.getByRole('region', { name })
}

describe('Trends', () => {
  it('puts each chart’s one-line summary above it', async () => {
    renderTrends()
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Triggers and relief' }),
    ).toBeTruthy()
    expect(
      within(chart('Cramps per week')).getByText(
        '12 cramps in 13 weeks, about 0.9 a week; most were at night. The last 4 weeks had more than the first 4.',
      ),
    ).toBeTruthy()
    expect(
      within(chart('Time of day')).getByText(
        'Cramps came most often in the hour from 2 a.m.; 7 of 12 cramps (58%) were in your night hours.',
      ),
    ).toBeTruthy()
    expect(
      within(chart('Bedtime routines and reminders')).getByText(
        'You did the bedtime routine on 3 nights.',
      ),
    ).toBeTruthy()
    expect(screen.getByText(/15 December 2025 to 10 March 2026: 12 cramps logged/)).toBeTruthy()
    expect(
      screen.getByText(/show what goes together in your journal, not what causes what/),
    ).toBeTruthy()
  })

  it('shows a chart’s numbers as a table on request', async () => {
    const { user } = renderTrends()
    await screen.findByRole('region', { name: 'Which relief helped most' })
    const relief = chart('Which relief helped most')
    await user.click(within(relief).getByRole('button', { name: 'Show as table' }))
    // The button now says what it does next, and the drawing is gone.
    const back = within(relief).getByRole('button', { name: 'Show as chart' })
    expect(within(relief).queryByRole('button', { name: 'Show as table' })).toBeNull()
    expect(
      within(relief).getByRole('region', { name: 'Which relief helped most, as a table' }),
    ).toBeTruthy()
    const table = within(relief).getByRole('table', { name: 'Relief tried, and what helped most' })
    const row = within(table).getByRole('row', { name: /Stretching/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['9', '6'])
    await user.click(back)
    expect(within(relief).getByRole('button', { name: 'Show as table' })).toBeTruthy()
    expect(within(relief).queryByRole('region', { name: /as a table/ })).toBeNull()
  })

  it('keeps the range in the address and asks main for the new one', async () => {
    const { user, bridge } = renderTrends()
    expect(await screen.findByText(/^12 cramps in 13 weeks/)).toBeTruthy()
    expect(screen.getByRole('radio', { name: '3 months' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('radio', { name: '12 months' }))
    expect(await screen.findByText(/^12 cramps in 52 weeks, about 0\.2 a week/)).toBeTruthy()
    expect(screen.getByText(/17 March 2025 to 10 March 2026: 12 cramps logged/)).toBeTruthy()
    expect(window.location.hash).toBe('#/trends?range=12m')
    expect(bridge.callsTo('trends:data')).toContainEqual({ range: '12m' })
  })

  it('opens on the range in the address', async () => {
    const { bridge } = renderTrends('/trends?range=all')
    await screen.findByRole('region', { name: 'Cramps per week' })
    // All time starts at the first cramp's week.
    expect(screen.getByText(/9 February 2026 to 10 March 2026: 12 cramps logged/)).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'All time' })).toHaveProperty('checked', true)
    expect(bridge.callsTo('trends:data')).toEqual([{ range: 'all' }])
  })

  it('says plainly when there is nothing to chart, and how to start', async () => {
    renderApp({ path: '/trends', now: INSIGHTS_NOW })
    const empty = await screen.findByRole('region', { name: 'Nothing to chart in this period' })
    expect(within(empty).getByRole('link', { name: 'Log a cramp' }).getAttribute('href')).toBe(
      '#/journal/log',
    )
    expect(screen.queryByRole('region', { name: 'Cramps per week' })).toBeNull()
  })

  it('says when a few cramps make little to chart, and leaves out blank charts', async () => {
    renderApp({
      path: '/trends',
      now: INSIGHTS_NOW,
      setup: (b) => {
        b.addCramp({ startedAt: Date.parse('2026-03-02T03:00:00Z'), context: 'asleep' })
        b.addCramp({ startedAt: Date.parse('2026-03-06T15:00:00Z') })
      },
    })
    expect(
      await screen.findByText(/With 2 cramps in this period the charts can show little/),
    ).toBeTruthy()
    const triggers = chart('Triggers most often suspected')
    expect(within(triggers).getByText(/No suspected triggers picked in this period/)).toBeTruthy()
    expect(within(triggers).queryByRole('button', { name: 'Show as table' })).toBeNull()
  })

  it('explains a failed load and tries again', async () => {
    const { user, bridge } = renderApp({
      path: '/trends',
      now: INSIGHTS_NOW,
      setup: (b) => {
        twelveCramps(b)
        b.fail('trends:data', { message: 'The journal is busy.' })
      },
    })
    expect(await screen.findByText('The journal is busy.')).toBeTruthy()
    bridge.restore('trends:data')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Cramps per week' })).toBeTruthy()
    })
  })
})
