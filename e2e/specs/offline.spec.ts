import { expect, test } from '../support/fixtures'
import { expectOnScreen, screens } from '../support/screens'

test.describe('local only', () => {
  test('using every screen makes no request beyond 127.0.0.1', async ({ page }) => {
    // The fixture fails the test if any request left 127.0.0.1; here the
    // point is to load every screen so all of the app's assets are requested.
    for (const screen of screens) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: screen.name })
        .click()
      await expectOnScreen(page, screen)
    }
  })

  test('the browser itself cannot resolve any other host', async ({ browser, app }) => {
    // A separate, unmonitored context: this test makes an outside request on purpose.
    const context = await browser.newContext()
    try {
      const outside = await context.newPage()
      await expect(outside.goto('http://example.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/)
      // A new page: the failed one is busy committing Chromium's error page.
      const page = await context.newPage()
      await page.goto(app.url)
      await expectOnScreen(page, screens[0])
      // And the app's CSP stops page scripts from even trying another origin.
      const refusal = await page.evaluate(async () => {
        const violation = new Promise<string>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (e) => {
              resolve(e.effectiveDirective)
            },
            { once: true },
          )
        })
        const reached = await fetch('http://127.0.0.2:9/').then(
          () => true,
          () => false,
        )
        return { reached, directive: await violation }
      })
      expect(refusal).toEqual({ reached: false, directive: 'connect-src' })
    } finally {
      await context.close()
    }
  })
})
