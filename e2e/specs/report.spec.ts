import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { call, localDay } from '../support/journal-data'
import { pdfText } from '../support/pdf-text'
import { expectTheme } from '../support/theme'
import { SEEDED, seedTrendsJournal } from '../support/trends-data'

test.describe.configure({ timeout: 60_000 })

async function openReport(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}#/trends/report${query}`)
  await expect(page.getByRole('article', { name: 'Leg cramp report' })).toBeVisible()
}

function stat(page: Page, term: string) {
  return page
    .getByRole('region', { name: 'Summary' })
    .locator('.report-stat')
    .filter({ has: page.getByText(term, { exact: true }) })
    .locator('dd')
}

test('the report shows the period’s numbers, and the PDF from Chromium carries them', async ({
  page,
  app,
}) => {
  await seedTrendsJournal(page)
  await openReport(page, app.url)
  const expected = await call(page, 'report:data', { from: localDay(-29), to: localDay(0) })
  expect(expected.cramps).toBe(SEEDED.last30.cramps)
  await expect(stat(page, 'Cramps')).toHaveText(String(SEEDED.last30.cramps))
  await expect(stat(page, 'Nights with a cramp')).toHaveText(`${expected.nightsAffected} of 30`)
  await expect(stat(page, 'Highest pain')).toHaveText(`${SEEDED.last30.peakPain} / 10`)
  await expect(page.locator('.report-doc .recharts-bar-rectangle').first()).toBeVisible()

  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const { text } = await pdfText(pdf)
  expect(text).toContain('Leg cramp report')
  expect(text).toMatch(new RegExp(`Cramps ${SEEDED.last30.cramps}\\b`))
  expect(text).toContain(`Nights with a cramp ${expected.nightsAffected} of 30`)
  expect(text).toContain(`Highest pain ${SEEDED.last30.peakPain} / 10`)
  expect(text).toContain(`Per week ${expected.perWeek.toFixed(1)}`)
  expect(text).toContain('Woke at three again')
  expect(text).toContain('does not replace a clinician')
  // No app chrome on paper.
  expect(text).not.toContain('Everything stays on this computer')
  expect(text).not.toContain('Save as PDF')
})

test('90 days takes in the older cramps; Save as PDF points to Print in the browser', async ({
  page,
  app,
}) => {
  await seedTrendsJournal(page)
  await openReport(page, app.url)
  // The period lives in the address: the radio turns on once the route has
  // changed, which can be after check()'s own look on a busy machine.
  const ninety = page.getByRole('radio', { name: 'Last 90 days' })
  await ninety.click()
  await expect(ninety).toBeChecked()
  await expect(page).toHaveURL(/#\/trends\/report\?days=90$/)
  await expect(stat(page, 'Cramps')).toHaveText(String(SEEDED.all.cramps))

  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Choose Print, then “Save as PDF” as the printer.',
  )
})

for (const theme of ['light', 'dark'] as const) {
  test(`the report has no WCAG 2.1 A/AA violations (${theme})`, async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await seedTrendsJournal(page)
    await openReport(page, app.url)
    await expectTheme(page, theme)
    const results = await makeAxeBuilder().analyze()
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
    expect(results.passes.length).toBeGreaterThan(10)
  })
}
