import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { defaultReminderSettings, type ReminderKind } from '@shared/domain/reminders'
import { INSIGHTS_NOW, sixtyCheckedInDays } from '@renderer/features/trends/test/journal'
import { renderApp } from '@renderer/test/render-app'
import type { TestBridge } from '@renderer/test/test-bridge'

/** Insights over sixty checked-in days, with one reminder kind turned off (or none). */
function renderInsights(off?: ReminderKind, more?: (b: TestBridge) => void) {
  return renderApp({
    path: '/trends/insights',
    now: INSIGHTS_NOW,
    setup: (b) => {
      sixtyCheckedInDays(b)
      if (off) {
        const settings = structuredClone(defaultReminderSettings)
        settings[off].enabled = false
        b.reminders.saveSettings(settings)
      }
      more?.(b)
    },
  })
}

function card(name: string) {
  return screen.getByRole('article', { name })
}

describe('Insights', () => {
  it('compares nights after days with and without a factor, or says how many days are missing', async () => {
    renderInsights()
    await screen.findByRole('heading', { level: 2, name: 'What goes with cramp nights' })
    const stretch = card('Bedtime stretch')
    expect(within(stretch).getByText('Clear difference')).toBeTruthy()
    expect(within(stretch).getByText('7%')).toBeTruthy()
    expect(within(stretch).getByText('47%')).toBeTruthy()
    expect(within(stretch).getByText(/after 2 of 30 days/)).toBeTruthy()
    expect(within(stretch).getByText(/Rate ratio 0\.14/)).toBeTruthy()
    expect(within(stretch).getByText(/95% interval of the ratio .* leaves out 1/)).toBeTruthy()
    // 8 of 42 nights against 8 of 18: the interval includes 1, so it is not called clear.
    const water = card('Water at target')
    expect(within(water).getByText('Could be chance')).toBeTruthy()
    expect(within(water).queryByText('Clear difference')).toBeNull()
    expect(within(water).getByText(/after 8 of 42 days/)).toBeTruthy()
    expect(screen.getByText(/stricter than apps that compare 3 days/)).toBeTruthy()
    const heat = card('Hot conditions')
    expect(within(heat).getByText('4 more days needed')).toBeTruthy()
    expect(within(heat).queryByText(/difference/)).toBeNull()
    expect(within(heat).queryByText(/Rate ratio/)).toBeNull()
  })

  it('shows each pattern with its rule, the numbers and the plan', async () => {
    renderInsights()
    const ambush = await screen.findByRole('article', { name: '3 a.m. ambush' })
    expect(
      within(ambush).getByText(/At least 60% of your cramps in the last 8 weeks came at night/),
    ).toBeTruthy()
    expect(within(ambush).getByText('15 of 15 (100%)')).toBeTruthy()
    expect(within(ambush).getByText(/^Loosen the bedding/)).toBeTruthy()
    expect(
      within(ambush).getByRole('link', { name: 'Start the bedtime routine' }).getAttribute('href'),
    ).toBe('#/routines/builtin-bedtime/play?source=routines')
  })

  it('turns on the bedtime reminder in one click', async () => {
    const { user, bridge } = renderInsights('bedtime')
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
    expect(bridge.reminderSettings.bedtime.enabled).toBe(true)
  })

  it('says the bedtime reminder is already on instead of offering it', async () => {
    renderInsights()
    const ambush = await screen.findByRole('article', { name: '3 a.m. ambush' })
    expect(await within(ambush).findByText('The bedtime reminder is on (22:00).')).toBeTruthy()
    expect(within(ambush).queryByRole('button', { name: /bedtime reminder/ })).toBeNull()
  })

  it('offers the water reminder, not a higher water target', async () => {
    const { user, bridge } = renderInsights('hydrate')
    const water = await screen.findByRole('article', { name: 'Hydration and nutrition' })
    await user.click(
      await within(water).findByRole('button', { name: 'Turn on the water reminder' }),
    )
    expect(await within(water).findByText(/Done\. The water reminder is on/)).toBeTruthy()
    const saved = bridge.callsTo('reminders:save-settings')[0] as { hydrate: { enabled: boolean } }
    expect(saved.hydrate.enabled).toBe(true)
    expect(within(water).queryByRole('button', { name: /water target/i })).toBeNull()
    expect(bridge.callsTo('settings:update')).toEqual([])
    expect(bridge.reminderSettings.hydrate.enabled).toBe(true)
  })

  it('keeps the setting and says why when saving fails', async () => {
    const { user, bridge } = renderInsights('hydrate', (b) => {
      b.fail('reminders:save-settings', { message: 'The settings file is locked.' })
    })
    const water = await screen.findByRole('article', { name: 'Hydration and nutrition' })
    await user.click(
      await within(water).findByRole('button', { name: 'Turn on the water reminder' }),
    )
    expect((await within(water).findByRole('alert')).textContent).toContain(
      'The settings file is locked.',
    )
    expect(bridge.reminderSettings.hydrate.enabled).toBe(false)
  })

  it('says what is missing when no pattern can be read yet, and lists red flags', async () => {
    // A young journal: one cramp, three days ago, that came with numbness.
    let id = ''
    renderApp({
      path: '/trends/insights',
      now: INSIGHTS_NOW,
      setup: (b) => {
        id = b.addCramp({ startedAt: INSIGHTS_NOW - 3 * 86_400_000, symptoms: ['numbness'] }).id
      },
    })
    expect(
      await screen.findByText(
        /^Patterns are looked for once the last 8 weeks hold at least 4 logged cramps and 14 days of check-ins\. So far: 1 cramp and 0 check-in days\.$/,
      ),
    ).toBeTruthy()
    const flags = screen.getByRole('region', { name: 'Signs worth a word with a clinician' })
    expect(within(flags).getByRole('heading', { name: /came with weakness/ })).toBeTruthy()
    expect(within(flags).getByRole('link', { name: 'See the entry' }).getAttribute('href')).toBe(
      `#/journal/entry/${id}`,
    )
  })

  it('says so when no warning sign shows', async () => {
    renderInsights()
    expect(
      await screen.findByText('None of the warning signs shows in your journal right now.'),
    ).toBeTruthy()
  })
})
