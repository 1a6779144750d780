import { expect, test } from '../support/fixtures'
import { openScreen, screens } from '../support/screens'
import { expectTheme } from '../support/theme'

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const screen of screens) {
      test(`${screen.name} has no WCAG 2.1 A/AA violations`, async ({
        page,
        app,
        makeAxeBuilder,
      }) => {
        // The default theme is System, so the emulated scheme picks the palette.
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
        await openScreen(page, app.url, screen)
        await expectTheme(page, theme)
        // Let data-driven parts (settings, app info) finish loading before the scan.
        await expect(
          page.getByRole('status').filter({ hasText: /Loading|Looking up/ }),
        ).toHaveCount(0)
        const results = await makeAxeBuilder().analyze()
        expect(results.violations.map(summarise)).toEqual([])
        // Guard against scanning an empty page: the checks really ran on content.
        expect(results.passes.length).toBeGreaterThan(10)
      })
    }
  })
}

function summarise(violation: {
  id: string
  help: string
  nodes: { target: unknown; failureSummary?: string }[]
}) {
  return {
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
  }
}
