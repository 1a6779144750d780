import { expect, test } from '../support/fixtures'
import { openScreen, screens } from '../support/screens'

const settings = screens[4]

test('settings survive a harness restart on the same data folder', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openScreen(page, app.url, settings)
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.getByRole('region', { name: 'Appearance' }).getByRole('status')).toHaveText(
    'Saved.',
  )
  await page.getByRole('textbox', { name: 'Night starts' }).fill('23:30')
  await page.getByRole('textbox', { name: 'Night ends' }).fill('06:15')
  await page.getByRole('button', { name: 'Save night hours' }).click()
  await expect(page.getByRole('region', { name: 'Night hours' }).getByRole('status')).toHaveText(
    'Saved.',
  )

  const firstUrl = app.url
  await app.restart()
  await openScreen(page, app.url, settings)
  expect(app.url, 'a new server, so nothing was kept in memory').not.toBe(firstUrl)

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Night starts' })).toHaveValue('23:30')
  await expect(page.getByRole('textbox', { name: 'Night ends' })).toHaveValue('06:15')
})

test('a rejected value is explained next to its field and what was typed stays', async ({
  page,
  app,
}) => {
  await openScreen(page, app.url, settings)
  const start = page.getByRole('textbox', { name: 'Night starts' })
  await start.fill('25:99')
  await page.getByRole('button', { name: 'Save night hours' }).click()
  await expect(start).toHaveAttribute('aria-invalid', 'true')
  await expect(start).toHaveAccessibleDescription(/24-hour time/)
  await expect(start).toHaveValue('25:99')
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Night starts' })).toHaveValue('22:00')
})
