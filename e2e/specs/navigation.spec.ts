import { expect, test } from '../support/fixtures'
import { expectVisibleFocus, tabTo } from '../support/keyboard'
import { expectOnScreen, mainNav, navLink, screens, screenHeading } from '../support/screens'

test.describe('navigation', () => {
  test('opens on Today', async ({ page }) => {
    await expectOnScreen(page, screens[0])
    await expect(page).toHaveTitle('Today · Limber')
  })

  test('Today is fully styled on a fresh start, before any other screen has loaded', async ({
    page,
  }) => {
    // Other screens load their code (and styles) on first visit; what Today
    // borrows from them, such as the routine tiles, must come with Today.
    await expectOnScreen(page, screens[0])
    const tiles = page.getByRole('region', { name: 'Your habits' }).getByRole('list')
    await expect(tiles).toHaveCSS('display', 'grid')
    await expect(tiles).toHaveCSS('list-style-type', 'none')
  })

  test('every screen is reachable from the sidebar with Tab and Enter alone, with visible focus', async ({
    page,
  }) => {
    await expectOnScreen(page, screens[0])
    // Today last, so every screen is entered from another one.
    for (const screen of [...screens.slice(1), screens[0]]) {
      const link = navLink(page, screen)
      // Focus sits on the previous screen's heading; the sidebar comes before it,
      // so Shift+Tab reaches it however long that screen's content is.
      await tabTo(page, link, { backwards: true })
      await expectVisibleFocus(link)
      await page.keyboard.press('Enter')
      await expectOnScreen(page, screen)
      // Focus moves to the new screen's heading, so the next Tab continues in its content.
      await expect(screenHeading(page, screen)).toBeFocused()
      await expect(page).toHaveTitle(`${screen.name} · Limber`)
    }
  })

  test('the first Tab offers a skip link that moves focus to the content', async ({ page }) => {
    await expectOnScreen(page, screens[0])
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expectVisibleFocus(skip)
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    // The next Tab lands inside the screen, not back in the sidebar.
    await page.keyboard.press('Tab')
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'))
    expect(inMain).toBe(true)
  })

  test('the sidebar lists the five screens in order', async ({ page }) => {
    await expect(mainNav(page).getByRole('link')).toHaveText(screens.map((s) => s.name))
  })

  test('a navigate request from main (tray, menu) shows that screen', async ({ page, app }) => {
    await expectOnScreen(page, screens[0])
    await app.emit('app:navigate', { route: 'trends' })
    await expectOnScreen(page, screens[3])
  })
})
