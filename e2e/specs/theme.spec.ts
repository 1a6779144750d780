import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { openScreen, screens } from '../support/screens'
import { backgroundColour, expectTheme, luminance } from '../support/theme'

const settings = screens[4]

function themeRadio(page: Page, name: 'System' | 'Light' | 'Dark') {
  return page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name })
}

test.describe('themes', () => {
  test.beforeEach(async ({ page }) => {
    // Colour transitions off, so a colour read right after a switch is the final one.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  })

  test('Settings → Dark switches the page to dark, and it stays dark after a reload', async ({
    page,
    app,
  }) => {
    await openScreen(page, app.url, settings)
    await expect(themeRadio(page, 'System')).toBeChecked()
    await expectTheme(page, 'light')
    const light = await backgroundColour(page)
    expect(luminance(light)).toBeGreaterThan(0.7)

    await themeRadio(page, 'Dark').check()
    await expectTheme(page, 'dark')
    await expect.poll(() => backgroundColour(page)).not.toBe(light)
    expect(luminance(await backgroundColour(page))).toBeLessThan(0.1)

    await page.reload()
    await expectTheme(page, 'dark')
    await expect(themeRadio(page, 'Dark')).toBeChecked()
    expect(luminance(await backgroundColour(page))).toBeLessThan(0.1)
  })

  test('System follows the operating system, live', async ({ page, app }) => {
    await openScreen(page, app.url, settings)
    await expect(themeRadio(page, 'System')).toBeChecked()
    await expectTheme(page, 'light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectTheme(page, 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expectTheme(page, 'light')
  })

  test('an explicit choice overrides the system, and System gives control back', async ({
    page,
    app,
  }) => {
    await openScreen(page, app.url, settings)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectTheme(page, 'dark')
    await themeRadio(page, 'Light').check()
    await expectTheme(page, 'light')
    await page.reload()
    await expectTheme(page, 'light')
    await themeRadio(page, 'System').check()
    await expectTheme(page, 'dark')
  })

  test('the theme radios work from the keyboard', async ({ page, app }) => {
    await openScreen(page, app.url, settings)
    await themeRadio(page, 'System').focus()
    // Arrow keys move through a radio group and select as they go.
    await page.keyboard.press('ArrowRight')
    await expect(themeRadio(page, 'Light')).toBeChecked()
    await page.keyboard.press('ArrowRight')
    await expect(themeRadio(page, 'Dark')).toBeChecked()
    await expectTheme(page, 'dark')
  })
})
