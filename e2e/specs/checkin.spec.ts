import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { call, checkIn, localDay } from '../support/journal-data'
import { expectVisibleFocus, tabTo } from '../support/keyboard'
import { expectTheme } from '../support/theme'

async function openCheckIn(page: Page, url: string, date?: string): Promise<void> {
  await page.goto(`${url}#/check-in${date ? `/${date}` : ''}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible()
}

test('a check-in saved on its screen shows on the journal timeline', async ({ page, app }) => {
  await openCheckIn(page, app.url)
  const more = page.getByRole('button', { name: 'One glass more' })
  for (let i = 0; i < 5; i++) await more.click()
  await expect(page.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    '5 glasses of 8 glasses, 63% of your daily target',
  )
  await page.getByRole('checkbox', { name: /^Magnesium/ }).check()
  await page.getByRole('button', { name: 'One caffeine drink more' }).click()
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page.getByRole('textbox', { name: 'What you did' }).fill('Cycling')
  await page.getByRole('textbox', { name: 'Minutes' }).fill('45')
  await page.getByRole('combobox', { name: 'Effort' }).selectOption('8')
  await page.getByRole('checkbox', { name: 'Warmed up first' }).check()
  await page.getByRole('radio', { name: '4 good' }).check()
  await page.getByRole('checkbox', { name: 'Stretched before bed' }).check()
  await page.getByRole('textbox', { name: 'Note' }).fill('New bike saddle')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: /^Check-in saved at \d\d:\d\d\.$/ }),
  ).toBeVisible()

  const stored = await call(page, 'checkins:get', { date: localDay(0) })
  expect(stored.checkIn).toMatchObject({
    waterMl: 1250,
    electrolytes: ['magnesium'],
    caffeineDrinks: 1,
    exercise: [{ type: 'Cycling', minutes: 45, effort: 8, warmedUp: true, hardOrNew: false }],
    sleepQuality: 4,
    stretchedBeforeBed: true,
    note: 'New bike saddle',
  })

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click()
  const card = page.getByRole('article', { name: 'Check-in, Today' })
  await expect(card).toBeVisible()
  for (const fact of [
    'Water: 5 of 8 glasses',
    'Foods with magnesium',
    '1 caffeine drink',
    'Cycling, 45 min (effort 8/10, warmed up)',
    'Stretched before bed',
    'Sleep good (4/5)',
    'New bike saddle',
  ]) {
    await expect(card.getByText(fact, { exact: true })).toBeVisible()
  }
  await card.getByRole('link', { name: 'Edit check-in for Today' }).click()
  await expect(page.getByRole('textbox', { name: 'Water today' })).toHaveValue('5')
})

test('"Same as yesterday" looks unavailable while there is nothing to copy', async ({
  page,
  app,
}) => {
  // A quiet-night answer is not a check-in, so it gives nothing to copy either.
  await call(page, 'checkins:night-report', { date: localDay(-1), report: 'none' })
  await openCheckIn(page, app.url)
  const same = page.getByRole('button', { name: 'Same as yesterday' })
  await expect(same).toHaveAttribute('aria-disabled', 'true')
  await expect(same).toHaveCSS('cursor', 'not-allowed')
  await expect(same).toHaveCSS('border-top-style', 'dashed')
  await expect(page.getByText('There is no earlier check-in to copy yet.')).toBeVisible()
})

test('"Same as yesterday" fills today from the last check-in, in ml when set', async ({
  page,
  app,
}) => {
  await call(page, 'settings:update', { waterUnit: 'ml', waterTargetMl: 2500 })
  const med = await call(page, 'medications:save', {
    name: 'Atorvastatin',
    kind: 'statin',
    startedOn: null,
  })
  await call(
    page,
    'checkins:save',
    checkIn(localDay(-1), {
      waterMl: 1750,
      electrolytes: ['potassium', 'calcium'],
      caffeineDrinks: 2,
      sittingHours: 9.5,
      sleepQuality: 3,
      medicationIds: [med.id],
      note: 'Yesterday only',
    }),
  )
  await openCheckIn(page, app.url)
  const same = page.getByRole('button', { name: 'Same as yesterday' })
  await expect(same).toHaveCSS('cursor', 'pointer')
  await same.click()
  await expect(page.getByRole('textbox', { name: 'Water today' })).toHaveValue('1750')
  await expect(page.getByText('ml', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Atorvastatin/ })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Check-in saved/ })).toBeVisible()

  const { checkIn: today } = await call(page, 'checkins:get', { date: localDay(0) })
  expect(today).toMatchObject({
    date: localDay(0),
    waterMl: 1750,
    electrolytes: ['potassium', 'calcium'],
    caffeineDrinks: 2,
    sittingHours: 9.5,
    sleepQuality: 3,
    medicationIds: [med.id],
    note: '',
  })
})

test('an earlier day can be opened and edited; the future cannot', async ({ page, app }) => {
  await call(page, 'checkins:save', checkIn(localDay(-2), { caffeineDrinks: 4 }))
  await openCheckIn(page, app.url)
  await expect(page.getByRole('button', { name: 'Next day' })).toBeDisabled()
  await page.getByRole('link', { name: 'Previous day' }).click()
  await page.getByRole('link', { name: 'Previous day' }).click()
  await expect(page).toHaveURL(new RegExp(`#/check-in/${localDay(-2)}$`))
  await expect(page.getByRole('textbox', { name: 'Caffeine drinks' })).toHaveValue('4')
  await page.getByRole('button', { name: 'One caffeine drink fewer' }).click()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Check-in saved/ })).toBeVisible()
  expect((await call(page, 'checkins:get', { date: localDay(-2) })).checkIn?.caffeineDrinks).toBe(3)

  await page.goto(`${app.url}#/check-in/${localDay(1)}`)
  await expect(page.getByText('That day hasn’t happened yet')).toBeVisible()
})

test('a mistake is explained next to its field and nothing is saved or lost', async ({
  page,
  app,
}) => {
  await openCheckIn(page, app.url)
  await page.getByRole('textbox', { name: 'Water today' }).fill('a lot')
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await page.getByRole('textbox', { name: 'Minutes' }).fill('90')
  await page.getByRole('textbox', { name: 'Note' }).fill('Typed before the mistake')
  await page.getByRole('button', { name: 'Save check-in' }).click()

  const water = page.getByRole('textbox', { name: 'Water today' })
  await expect(water).toBeFocused()
  await expect(water).toHaveAttribute('aria-invalid', 'true')
  await expect(water).toHaveAccessibleDescription(/Enter a number of glasses, such as 6\./)
  await expect(page.getByRole('textbox', { name: 'What you did' })).toHaveAccessibleDescription(
    /Say what you did/,
  )
  await expect(page.getByRole('alert')).toContainText('Check-in not saved')
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Typed before the mistake')
  await expect(page.getByRole('textbox', { name: 'Minutes' })).toHaveValue('90')
  expect((await call(page, 'checkins:get', { date: localDay(0) })).checkIn).toBeNull()
})

test('works from the keyboard with a visible focus ring', async ({ page, app }) => {
  await openCheckIn(page, app.url)
  const more = page.getByRole('button', { name: 'One glass more' })
  await tabTo(page, more)
  await expectVisibleFocus(more)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await expect(page.getByRole('textbox', { name: 'Water today' })).toHaveValue('2')
  const potassium = page.getByRole('checkbox', { name: /^Potassium/ })
  await tabTo(page, potassium)
  await page.keyboard.press('Space')
  await expect(potassium).toBeChecked()
  const save = page.getByRole('button', { name: 'Save check-in' })
  await tabTo(page, save, { max: 80 })
  await expectVisibleFocus(save)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /Check-in saved/ })).toBeVisible()
})

for (const theme of ['light', 'dark'] as const) {
  test(`the check-in has no WCAG 2.1 A/AA violations (${theme})`, async ({
    page,
    app,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await call(page, 'medications:save', {
      name: 'Furosemide',
      kind: 'diuretic',
      startedOn: '2025-01-10',
    })
    await call(page, 'checkins:save', checkIn(localDay(-1), { waterMl: 500 }))
    await openCheckIn(page, app.url)
    await expectTheme(page, theme)
    // Open everything, errors included, so the scan covers every state.
    await page.getByRole('button', { name: 'Add exercise' }).click()
    await page.getByRole('button', { name: 'Manage medications' }).click()
    await page.getByRole('checkbox', { name: /^Calcium/ }).check()
    await page.getByRole('radio', { name: '3 ok' }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    const results = await makeAxeBuilder().analyze()
    expect(
      results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target) })),
    ).toEqual([])
    expect(results.passes.length).toBeGreaterThan(10)
  })
}
