import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { busyTrends, emptyTrends } from '@renderer/features/trends/test/fixtures'
import { withTrends } from '@renderer/features/trends/test/setup'
import { renderApp } from '@renderer/test/render-app'

// The charts load on demand with recharts; a cold import in jsdom can
// outlast a query's timeout, so warm it once before the tests.
beforeAll(async () => {
  await import('@renderer/features/trends/TrendsCharts')
})

function chart(name: string) {
  return screen.getByRole('region', { name })
}

describe('Trends', () => {
  it('puts each chart’s one-line summary above it', async () => {
    renderApp({ path: '/trends', setup: withTrends() })
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Triggers and relief' }),
    ).toBeTruthy()
    expect(within(chart('Cramps per week')).getByText(busyTrends().weekly.summary)).toBeTruthy()
    expect(within(chart('Time of day')).getByText(/between 02:00 and 04:00/)).toBeTruthy()
    expect(
      within(chart('Bedtime routines and reminders')).getByText(
        'Night cramps averaged 0.5 a week in the 3 weeks with 5+ bedtime stretches and 2 a week in the 4 other weeks.',
      ),
    ).toBeTruthy()
    expect(screen.getByText(/2 November 2026 to 25 November 2026: 12 cramps logged/)).toBeTruthy()
    expect(
      screen.getByText(/show what goes together in your journal, not what causes what/),
    ).toBeTruthy()
  })

  it('shows a chart’s numbers as a table on request', async () => {
    const { user } = renderApp({ path: '/trends', setup: withTrends() })
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
    const { user, bridge } = renderApp({
      path: '/trends',
      setup: withTrends({
        data: (range) => ({
          ...busyTrends(range),
          weekly: { ...busyTrends(range).weekly, summary: `Summary for ${range}` },
        }),
      }),
    })
    expect(await screen.findByText('Summary for 3m')).toBeTruthy()
    expect(screen.getByRole('radio', { name: '3 months' })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('radio', { name: '12 months' }))
    expect(await screen.findByText('Summary for 12m')).toBeTruthy()
    expect(window.location.hash).toBe('#/trends?range=12m')
    expect(bridge.callsTo('trends:data')).toContainEqual({ range: '12m' })
  })

  it('opens on the range in the address', async () => {
    const { bridge } = renderApp({ path: '/trends?range=all', setup: withTrends() })
    await screen.findByRole('region', { name: 'Cramps per week' })
    expect(screen.getByRole('radio', { name: 'All time' })).toHaveProperty('checked', true)
    expect(bridge.callsTo('trends:data')).toEqual([{ range: 'all' }])
  })

  it('says plainly when there is nothing to chart, and how to start', async () => {
    renderApp({ path: '/trends', setup: withTrends({ data: emptyTrends }) })
    const empty = await screen.findByRole('region', { name: 'Nothing to chart in this period' })
    expect(within(empty).getByRole('link', { name: 'Log a cramp' }).getAttribute('href')).toBe(
      '#/journal/log',
    )
    expect(screen.queryByRole('region', { name: 'Cramps per week' })).toBeNull()
  })

  it('says when a few cramps make little to chart, and leaves out blank charts', async () => {
    const few = () => ({ ...busyTrends(), totalCramps: 2, triggers: { summary: '', data: [] } })
    renderApp({ path: '/trends', setup: withTrends({ data: few }) })
    expect(
      await screen.findByText(/With 2 cramps in this period the charts can show little/),
    ).toBeTruthy()
    const triggers = chart('Triggers most often suspected')
    expect(within(triggers).getByText(/No suspected triggers picked in this period/)).toBeTruthy()
    expect(within(triggers).queryByRole('button', { name: 'Show as table' })).toBeNull()
  })

  it('explains a failed load and tries again', async () => {
    let fail = true
    const { user } = renderApp({
      path: '/trends',
      setup: (bridge) => {
        withTrends()(bridge)
        bridge.respond('trends:data', ({ range }) =>
          fail
            ? {
                ok: false,
                error: { code: 'internal', message: 'The journal is busy.', issues: [] },
              }
            : { ok: true, value: busyTrends(range) },
        )
      },
    })
    expect(await screen.findByText('The journal is busy.')).toBeTruthy()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Cramps per week' })).toBeTruthy()
    })
  })
})
