import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { call, callAll, checkIn, episode, localDay, localTime } from '../support/journal-data'
import { expectTheme } from '../support/theme'

function entries(page: Page) {
  return page.getByRole('region', { name: 'Entries' })
}

function cramps(page: Page) {
  return entries(page).locator('article[aria-labelledby^="episode-"]')
}

async function openJournal(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}#/journal${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Loading|Updating/ })).toHaveCount(0)
}

async function seedMix(page: Page): Promise<void> {
  await callAll(page, [
    [
      'journal:create',
      {
        episode: episode(localTime(0, '03:10'), {
          muscle: 'calf',
          side: 'right',
          pain: 7,
          context: 'asleep',
          notes: 'Woke up after the stairs race',
        }),
      },
    ],
    [
      'journal:create',
      {
        episode: episode(localTime(-1, '18:30'), {
          muscle: 'hamstring',
          pain: 4,
          context: 'exercise',
          triggers: ['fatigue'],
          notes: 'Hill sprints',
        }),
      },
    ],
    [
      'journal:create',
      {
        episode: episode(localTime(-3, '07:45'), {
          muscle: 'calf',
          pain: 2,
          symptoms: ['numbness'],
          notes: 'Stairs at work again',
        }),
      },
    ],
    [
      'journal:create',
      { episode: episode(localTime(-10, '23:00'), { muscle: 'foot', side: 'both', pain: 9 }) },
    ],
    ['checkins:save', checkIn(localDay(0), { waterMl: 1500, caffeineDrinks: 2 })],
    ['checkins:save', checkIn(localDay(-3), { stretchedBeforeBed: true })],
  ])
}

test('filters and search narrow the timeline, and stay in the address', async ({ page, app }) => {
  await seedMix(page)
  await openJournal(page, app.url)
  await expect(page.getByText('Showing 4 cramps and 2 check-ins.')).toBeVisible()
  await expect(entries(page).getByRole('article', { name: 'Check-in, Today' })).toContainText(
    'Water: 6 of 8 glasses',
  )

  await page.getByRole('button', { name: 'Filters' }).click()
  await page.getByRole('combobox', { name: 'Muscle' }).selectOption({ label: 'Calf' })
  await expect(page.getByText('Showing 2 cramps.')).toBeVisible()
  await expect(entries(page).getByRole('article', { name: /^Check-in/ })).toHaveCount(0)
  await expect(cramps(page)).toHaveCount(2)

  await page.getByRole('searchbox', { name: 'Search notes' }).fill('stairs work')
  await expect(page.getByText('Showing 1 cramp.')).toBeVisible()
  await expect(cramps(page)).toContainText(['Left calf'])
  await expect(page).toHaveURL(/#\/journal\?muscle=calf&q=stairs\+work$/)

  // Survives leaving for an entry and coming back.
  await cramps(page).getByRole('link').first().click()
  await expect(page).toHaveURL(/#\/journal\/entry\//)
  await page.goBack()
  await expect(page.getByText('Showing 1 cramp.')).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search notes' })).toHaveValue('stairs work')

  await page.getByRole('button', { name: 'Remove filter: Muscle: Calf' }).click()
  await page.getByRole('button', { name: 'Filters' }).click()
  await page.getByRole('checkbox', { name: 'Only with a warning sign' }).check()
  await expect(page.getByText('Showing 1 cramp.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Pain at least' }).selectOption({ label: '5 out of 10' })
  await expect(page.getByRole('heading', { name: 'No entries match' })).toBeVisible()

  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(page.getByText('Showing 4 cramps and 2 check-ins.')).toBeVisible()
  await expect(page).toHaveURL(/#\/journal$/)
  await expect(page.getByRole('searchbox', { name: 'Search notes' })).toHaveValue('')
})

test('a date range keeps cramps and check-ins inside it', async ({ page, app }) => {
  await seedMix(page)
  await openJournal(page, app.url, `?from=${localDay(-4)}&to=${localDay(-2)}`)
  await expect(page.getByText('Showing 1 cramp and 1 check-in.')).toBeVisible()
  await page.getByRole('button', { name: 'Filters' }).click()
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(localDay(-4))
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(localDay(-2))
})

test('ten years stay smooth: older entries load a page at a time', async ({ page, app }) => {
  const calls: [string, unknown][] = []
  for (let i = 0; i < 120; i++) {
    calls.push(['journal:create', { episode: episode(localTime(-i, '06:30'), { pain: i % 11 }) }])
  }
  for (let i = 0; i < 120; i += 3)
    calls.push(['checkins:save', checkIn(localDay(-i), { waterMl: 250 })])
  await callAll(page, calls as never)

  const lists: unknown[] = []
  page.on('request', (request) => {
    if (request.url().includes('journal%3Alist')) lists.push(request.postDataJSON())
  })
  await openJournal(page, app.url)
  await expect(page.getByText(/^Showing 50 cramps and \d+ check-ins, newest first/)).toBeVisible()
  await expect(cramps(page)).toHaveCount(50)

  // Scrolling near the end loads the next page by itself.
  await page.getByRole('button', { name: 'Load older entries' }).scrollIntoViewIfNeeded()
  await expect(cramps(page)).toHaveCount(100)
  // The button works too (keyboard users, or when scrolling is not possible).
  await page.getByRole('button', { name: 'Load older entries' }).focus()
  await page.keyboard.press('Enter')
  await expect(cramps(page)).toHaveCount(120)
  await expect(page.getByText('The start of your journal.')).toBeVisible()
  await expect(page.getByText('Showing 120 cramps and 40 check-ins.')).toBeVisible()
  expect(lists.length).toBeGreaterThanOrEqual(3)
  expect(lists.length).toBeLessThanOrEqual(4)

  // Every day once, newest first.
  const days = await entries(page).locator('.timeline-day__title').allTextContents()
  expect(days).toHaveLength(120)
  expect(new Set(days).size).toBe(120)
  expect(days[0]).toMatch(/^Today/)
})

test('a cramp deleted from the timeline comes back with Undo', async ({ page, app }) => {
  await seedMix(page)
  await openJournal(page, app.url)
  await expect(cramps(page)).toHaveCount(4)
  await cramps(page)
    .filter({ hasText: 'Right calf' })
    .getByRole('button', { name: /Delete/ })
    .click()
  await expect(cramps(page)).toHaveCount(3)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(cramps(page)).toHaveCount(4)
  const all = await call(page, 'journal:list', {})
  expect(all.items).toHaveLength(4)
})

test('first use: the empty journal offers both ways to start', async ({ page, app }) => {
  await openJournal(page, app.url)
  const empty = page.getByRole('region', { name: 'Nothing in your journal yet' })
  await expect(empty).toBeVisible()
  await empty.getByRole('link', { name: 'Daily check-in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible()
  await page.goBack()
  await page
    .getByRole('region', { name: 'Nothing in your journal yet' })
    .getByRole('link', { name: 'Log a cramp' })
    .click()
  await expect(page).toHaveURL(/#\/journal\/log$/)
})

for (const theme of ['light', 'dark'] as const) {
  test(`the journal with data has no WCAG 2.1 A/AA violations (${theme})`, async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await seedMix(page)
    await openJournal(page, app.url)
    await expectTheme(page, theme)
    await expect(cramps(page)).toHaveCount(4)
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('combobox', { name: 'Side' }).selectOption({ label: 'Right' })
    await page.getByRole('button', { name: 'Remove filter: Side: Right' }).waitFor()
    await page.getByRole('button', { name: 'Remove filter: Side: Right' }).click()
    await expect(cramps(page)).toHaveCount(4)
    const results = await makeAxeBuilder().analyze()
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
    expect(results.passes.length).toBeGreaterThan(10)
  })
}
