import { expect, test } from '../support/fixtures'
import { expectNoAxeViolations } from '../support/axe-summary'

test('the Cramp now shortcut: off by default, a bad one refused with the reason and the typing kept', async ({
  page,
  app,
  makeAxeBuilder,
}) => {
  await page.goto(`${app.url}#/settings`)
  const section = page.getByRole('region', { name: 'Cramp now from anywhere' })
  const toggle = section.getByRole('switch', { name: 'Use a shortcut for Cramp now' })
  await expect(toggle).not.toBeChecked()

  await toggle.click()
  await expect(toggle).toBeChecked()
  const field = section.getByRole('textbox', { name: 'Shortcut' })
  await expect(field).toHaveValue('CommandOrControl+Alt+K')
  // The browser preview has no system to register with, and says so.
  await expect(section.getByText(/works in the desktop app/)).toBeVisible()

  await field.fill('K')
  await section.getByRole('button', { name: 'Save shortcut' }).click()
  await expect(section.getByText(/Add Ctrl, Alt or Super/)).toBeVisible()
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('K')

  await field.fill('Ctrl+Alt+J')
  await section.getByRole('button', { name: 'Save shortcut' }).click()
  await expect(section.getByText('Saved')).toBeVisible()
  await page.reload()
  await expect(
    page.getByRole('region', { name: 'Cramp now from anywhere' }).getByRole('textbox'),
  ).toHaveValue('Ctrl+Alt+J')

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.getByRole('region', { name: 'Cramp now from anywhere' })).toBeVisible()
    await expectNoAxeViolations(makeAxeBuilder())
  }
})
