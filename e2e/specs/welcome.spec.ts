import { expect, test } from '../support/fixtures'
import { expectNoAxeViolations } from '../support/axe-summary'
import { reminderState } from '../support/reminders'
import { expectTheme } from '../support/theme'

// A fresh data folder, as on first start.
test.use({ welcomeDone: false })

const heading = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('heading', { level: 1, name })

test('first run: the welcome, its steps, and Finish saving every answer', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  // Several full-page accessibility scans on a shared, busy machine.
  test.slow()
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  await expect(heading(page, 'Welcome to Limber')).toBeVisible()
  await expect(page).toHaveURL(/#\/welcome$/)
  await expect(
    page.getByText('Limber is not a medical device and does not replace a clinician.'),
  ).toBeVisible()
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
    await expectTheme(page, theme)
    await expectNoAxeViolations(makeAxeBuilder())
  }

  await page.getByRole('button', { name: 'Get started' }).click()
  await expect(heading(page, 'Your working day')).toBeFocused()
  await page.getByRole('group', { name: 'Working days' }).getByLabel('Friday').uncheck()
  await page.getByRole('textbox', { name: 'Work ends' }).fill('16:00')
  await page.getByRole('button', { name: 'Next' }).click()

  await expect(heading(page, 'Your nights')).toBeVisible()
  await page.getByRole('textbox', { name: 'Night starts' }).fill('23:00')
  await page.getByRole('button', { name: 'Next' }).click()

  await expect(heading(page, 'Water')).toBeVisible()
  await page.getByRole('textbox', { name: 'Daily water target' }).fill('10')
  await page.getByRole('button', { name: 'Next' }).click()

  await expect(heading(page, 'Reminders')).toBeVisible()
  await page.getByRole('switch', { name: 'Morning check-in' }).uncheck()
  await expectNoAxeViolations(makeAxeBuilder())
  await page.getByRole('button', { name: 'Finish' }).click()

  await expect(heading(page, 'Today')).toBeVisible()
  const settings = await page.evaluate(() => window.limber.invoke('settings:get'))
  expect(settings).toMatchObject({
    ok: true,
    value: { settings: { welcomeDone: true, nightStart: '23:00', waterTargetMl: 2500 } },
  })
  expect(reminderState(app).snapshot.upcoming.map((u) => u.kind)).not.toContain('morning_checkin')

  // Done is done: a reload opens the app, and Settings shows the choices.
  await page.reload()
  await expect(heading(page, 'Today')).toBeVisible()
  await page.goto(`${app.url}#/settings/reminders`)
  await expect(page.getByRole('switch', { name: 'Morning check-in' })).not.toBeChecked()
  await expect(page.getByRole('textbox', { name: 'End', exact: true })).toHaveValue('16:00')
})

test('Skip setup opens the app and never asks again', async ({ page }) => {
  await page.getByRole('button', { name: 'Skip setup' }).click()
  await expect(heading(page, 'Today')).toBeVisible()
  await page.reload()
  await expect(heading(page, 'Today')).toBeVisible()
  await expect(page).toHaveURL(/#\/today$/)
})
