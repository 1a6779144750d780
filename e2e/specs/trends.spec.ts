import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { call } from '../support/journal-data'
import { expectTheme } from '../support/theme'
import { seedTrendsJournal } from '../support/trends-data'

// Seeding eight weeks of journal and scanning with axe takes a while on a
// busy machine.
test.describe.configure({ timeout: 60_000 })

function chart(page: Page, name: string) {
  return page.getByRole('region', { name })
}

async function openTrends(page: Page, url: string, path = '/trends'): Promise<void> {
  await page.goto(`${url}#${path}`)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
}

test('charts draw the seeded journal, and the range switch redraws them', async ({ page, app }) => {
  await seedTrendsJournal(page)
  await openTrends(page, app.url)
  const threeMonths = await call(page, 'trends:data', { range: '3m' })
  const fourWeeks = await call(page, 'trends:data', { range: '4w' })
  expect(fourWeeks.totalCramps).toBeLessThan(threeMonths.totalCramps)

  const weekly = chart(page, 'Cramps per week')
  await expect(page.getByText(`${threeMonths.totalCramps} cramps logged.`)).toBeVisible()
  await expect(weekly.getByText(threeMonths.weekly.summary)).toBeVisible()
  await expect(weekly.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const ticks3m = await weekly.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count()
  for (const name of [
    'Peak pain',
    'Time of day',
    'Triggers most often suspected',
    'Which relief helped most',
    'Bedtime routines and reminders',
    'Water and days with cramps',
  ]) {
    await expect(chart(page, name).locator('svg.recharts-surface')).toBeVisible()
  }

  // The range lives in the address: the radio turns on once the route has changed.
  const fourWeeksRadio = page.getByRole('radio', { name: '4 weeks' })
  await fourWeeksRadio.click()
  await expect(fourWeeksRadio).toBeChecked()
  await expect(page).toHaveURL(/#\/trends\?range=4w$/)
  await expect(page.getByText(`${fourWeeks.totalCramps} cramps logged.`)).toBeVisible()
  await expect(weekly.getByText(fourWeeks.weekly.summary)).toBeVisible()
  await expect
    .poll(() => weekly.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count())
    .toBeLessThan(ticks3m)

  // The table gives the same numbers as the service.
  await weekly.getByRole('button', { name: 'Show as table' }).click()
  const rows = weekly.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(fourWeeks.weekly.data.length + 1)
  const totals = fourWeeks.weekly.data.map((w) => String(w.total))
  expect(await rows.locator('td:nth-of-type(4)').allTextContents()).toEqual(totals)

  // Reload keeps the range.
  await page.reload()
  await expect(page.getByRole('radio', { name: '4 weeks' })).toBeChecked()
})

test('a chart is a keyboard stop whose arrow keys move the tooltip', async ({ page, app }) => {
  await seedTrendsJournal(page)
  await openTrends(page, app.url, '/trends?range=4w')
  const weekly = chart(page, 'Cramps per week')
  const surface = weekly.locator('svg.recharts-surface')
  await expect(surface).toHaveAttribute('tabindex', '0')
  await expect(surface).toHaveAttribute('aria-label', /^Cramps per week\. /)
  await surface.focus()
  await page.keyboard.press('ArrowRight')
  await expect(weekly.locator('.recharts-tooltip-wrapper')).toContainText(/Week of .*Total/)
})

test('a pattern card turns on the bedtime and water reminders', async ({ page, app }) => {
  await seedTrendsJournal(page)
  const before = await call(page, 'reminders:settings')
  await call(page, 'reminders:save-settings', {
    ...before.settings,
    bedtime: { ...before.settings.bedtime, enabled: false },
    hydrate: { ...before.settings.hydrate, enabled: false },
  })
  await openTrends(page, app.url, '/trends/insights')

  const ambush = page.getByRole('article', { name: '3 a.m. ambush' })
  await expect(ambush).toContainText('Why this shows')
  await ambush.getByRole('button', { name: 'Turn on the bedtime reminder' }).click()
  await expect(ambush.getByRole('status')).toHaveText(/Done\. The bedtime reminder is on/)
  expect((await call(page, 'reminders:settings')).settings.bedtime.enabled).toBe(true)

  const water = page.getByRole('article', { name: 'Hydration and nutrition' })
  // Steady intake rather than a target that keeps rising: no water-target button.
  await expect(water.getByRole('button', { name: /water target/i })).toHaveCount(0)
  await water.getByRole('button', { name: 'Turn on the water reminder' }).click()
  await expect(water.getByRole('status')).toHaveText(/Done\. The water reminder is on/)
  expect((await call(page, 'reminders:settings')).settings.hydrate.enabled).toBe(true)

  // The routine action opens the player.
  await ambush.getByRole('link', { name: 'Start the bedtime routine' }).click()
  await expect(page).toHaveURL(/#\/routines\/builtin-bedtime\/play/)
})

test('an empty journal gets an honest empty state', async ({ page, app }) => {
  await call(page, 'settings:update', { welcomeDone: true })
  await openTrends(page, app.url)
  await expect(page.getByRole('region', { name: 'Nothing to chart in this period' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Cramps per week' })).toHaveCount(0)
})

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/trends', '/trends/insights']) {
    test(`${path} with data has no WCAG 2.1 A/AA violations (${theme})`, async ({
      page,
      app,
      makeAxeBuilder,
    }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
      await seedTrendsJournal(page)
      await openTrends(page, app.url, path)
      await expectTheme(page, theme)
      if (path === '/trends') {
        // One chart as its table too, so both views are scanned.
        await chart(page, 'Peak pain').getByRole('button', { name: 'Show as table' }).click()
      } else {
        await expect(page.getByRole('article', { name: '3 a.m. ambush' })).toBeVisible()
      }
      const results = await makeAxeBuilder().analyze()
      expect(
        results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
      ).toEqual([])
      expect(results.passes.length).toBeGreaterThan(10)
    })
  }
}
