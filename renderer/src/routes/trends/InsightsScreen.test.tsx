import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { insights } from '@renderer/features/trends/test/fixtures'
import { withTrends } from '@renderer/features/trends/test/setup'
import { renderApp } from '@renderer/test/render-app'

function card(name: string) {
  return screen.getByRole('article', { name })
}

describe('Insights', () => {
  it('compares nights after days with and without a factor, or says how many days are missing', async () => {
    renderApp({ path: '/trends/insights', setup: withTrends() })
    await screen.findByRole('heading', { level: 2, name: 'What goes with cramp nights' })
    const stretch = card('Bedtime stretch')
    expect(within(stretch).getByText('Clear difference')).toBeTruthy()
    expect(within(stretch).getByText('7%')).toBeTruthy()
    expect(within(stretch).getByText('47%')).toBeTruthy()
    expect(within(stretch).getByText(/after 2 of 30 days/)).toBeTruthy()
    expect(within(stretch).getByText(/Rate ratio 0\.14/)).toBeTruthy()
    expect(within(stretch).getByText(/95% interval of the ratio .* leaves out 1/)).toBeTruthy()
    // 3 of 7 nights against 1 of 7 is not called clear.
    const water = card('Water at target')
    expect(within(water).getByText('Could be chance')).toBeTruthy()
    expect(within(water).queryByText('Clear difference')).toBeNull()
    expect(within(water).getByText(/after 3 of 7 days/)).toBeTruthy()
    expect(screen.getByText(/stricter than apps that compare 3 days/)).toBeTruthy()
    const heat = card('Hot conditions')
    expect(within(heat).getByText('4 more days needed')).toBeTruthy()
    expect(within(heat).queryByText(/difference/)).toBeNull()
    expect(within(heat).queryByText(/Rate ratio/)).toBeNull()
  })

  it('shows each pattern with its rule, the numbers and the plan', async () => {
    renderApp({ path: '/trends/insights', setup: withTrends() })
    const ambush = await screen.findByRole('article', { name: '3 a.m. ambush' })
    expect(
      within(ambush).getByText(/At least 60% of cramps started in your night hours/),
    ).toBeTruthy()
    expect(within(ambush).getByText('10 of 14')).toBeTruthy()
    expect(within(ambush).getByText('Looser bedding over your legs.')).toBeTruthy()
    expect(
      within(ambush).getByRole('link', { name: 'Start the bedtime routine' }).getAttribute('href'),
    ).toBe('#/routines/builtin-bedtime/play?source=routines')
  })

  it('turns on the bedtime reminder in one click', async () => {
    const { user, bridge } = renderApp({
      path: '/trends/insights',
      setup: (b) => {
        withTrends()(b)
        b.reminders.settings.bedtime.enabled = false
      },
    })
    const ambush = await screen.findByRole('article', { name: '3 a.m. ambush' })
    await user.click(
      await within(ambush).findByRole('button', { name: 'Turn on the bedtime reminder' }),
    )
    await waitFor(() => {
      expect(bridge.callsTo('reminders:save-settings')).toHaveLength(1)
    })
    const saved = bridge.callsTo('reminders:save-settings')[0] as { bedtime: { enabled: boolean } }
    expect(saved.bedtime.enabled).toBe(true)
    expect(await within(ambush).findByText(/Done\. The bedtime reminder is on/)).toBeTruthy()
    expect(
      within(ambush).queryByRole('button', { name: 'Turn on the bedtime reminder' }),
    ).toBeNull()
  })

  it('says the bedtime reminder is already on instead of offering it', async () => {
    renderApp({ path: '/trends/insights', setup: withTrends() })
    const ambush = await screen.findByRole('article', { name: '3 a.m. ambush' })
    expect(await within(ambush).findByText('The bedtime reminder is on (22:00).')).toBeTruthy()
    expect(within(ambush).queryByRole('button', { name: /bedtime reminder/ })).toBeNull()
  })

  it('offers the water reminder, not a higher water target', async () => {
    const { user, bridge } = renderApp({
      path: '/trends/insights',
      setup: (b) => {
        withTrends()(b)
        b.reminders.settings.hydrate.enabled = false
      },
    })
    const water = await screen.findByRole('article', { name: 'Hydration and nutrition' })
    await user.click(
      await within(water).findByRole('button', { name: 'Turn on the water reminder' }),
    )
    expect(await within(water).findByText(/Done\. The water reminder is on/)).toBeTruthy()
    const saved = bridge.callsTo('reminders:save-settings')[0] as { hydrate: { enabled: boolean } }
    expect(saved.hydrate.enabled).toBe(true)
    expect(within(water).queryByRole('button', { name: /water target/i })).toBeNull()
    expect(bridge.callsTo('settings:update')).toEqual([])
  })

  it('keeps the setting and says why when saving fails', async () => {
    const { user } = renderApp({
      path: '/trends/insights',
      setup: (b) => {
        withTrends()(b)
        b.reminders.settings.hydrate.enabled = false
        b.fail('reminders:save-settings', { message: 'The settings file is locked.' })
      },
    })
    const water = await screen.findByRole('article', { name: 'Hydration and nutrition' })
    await user.click(
      await within(water).findByRole('button', { name: 'Turn on the water reminder' }),
    )
    expect((await within(water).findByRole('alert')).textContent).toContain(
      'The settings file is locked.',
    )
  })

  it('says what is missing when no pattern can be read yet, and lists red flags', async () => {
    const data = insights({
      patterns: [],
      thinData: 'Log at least 5 cramps and 14 check-ins to see patterns.',
      redFlags: [
        {
          key: 'with_signs',
          sign: 'A cramp came with weakness, numbness, swelling or a colour change',
          why: 'These signs can point to a nerve or circulation problem.',
          who: 'Your doctor, soon',
          sameDay: 'Get care the same day if one leg is suddenly swollen.',
          rule: 'Shows when an entry in the last 30 days notes numbness.',
          found: '1 entry in the last 30 days',
          episodeIds: ['7f1d0c2e-8a4b-4c1e-9f3a-2b6d5e4c3a21'],
        },
      ],
    })
    renderApp({ path: '/trends/insights', setup: withTrends({ insights: data }) })
    expect(
      await screen.findByText('Log at least 5 cramps and 14 check-ins to see patterns.'),
    ).toBeTruthy()
    const flags = screen.getByRole('region', { name: 'Signs worth a word with a clinician' })
    expect(within(flags).getByRole('heading', { name: /came with weakness/ })).toBeTruthy()
    expect(within(flags).getByRole('link', { name: 'See the entry' }).getAttribute('href')).toBe(
      '#/journal/entry/7f1d0c2e-8a4b-4c1e-9f3a-2b6d5e4c3a21',
    )
  })

  it('says so when no warning sign shows', async () => {
    renderApp({ path: '/trends/insights', setup: withTrends() })
    expect(
      await screen.findByText('None of the warning signs shows in your journal right now.'),
    ).toBeTruthy()
  })
})
