/**
 * The first-run welcome, Settings → Reminders and the in-app reminder prompt,
 * light and dark, for scripts/screenshots.ts (which passes its helpers in).
 */
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type { Harness } from '../e2e/harness/server'

type Theme = 'light' | 'dark'

export interface ShotHelpers {
  withHarness: (
    seed: Record<string, Uint8Array>,
    fn: (url: string, harness: Harness) => Promise<void>,
    options?: { welcomed?: boolean; startAt?: number },
  ) => Promise<void>
  newPage: (browser: Browser, theme: Theme) => Promise<Page>
  settle: (page: Page, theme: Theme) => Promise<void>
  shoot: (page: Page, path: string) => Promise<void>
}

const themes: readonly Theme[] = ['light', 'dark']
/** A weekday morning, so the preview and the sidebar list a full day of reminders. */
const weekdayMorning = new Date(2026, 10, 23, 8, 0).getTime()

export async function captureReminders(
  browser: Browser,
  outDir: string,
  h: ShotHelpers,
): Promise<void> {
  await h.withHarness(
    {},
    async (url) => {
      for (const theme of themes) {
        const page = await h.newPage(browser, theme)
        await page.goto(url)
        await page.getByRole('heading', { level: 1, name: 'Welcome to Limber' }).waitFor()
        await h.settle(page, theme)
        await h.shoot(page, join(outDir, `welcome-${theme}.png`))
        await page.getByRole('button', { name: 'Get started' }).click()
        for (let step = 0; step < 3; step++)
          await page.getByRole('button', { name: 'Next' }).click()
        await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor()
        await h.shoot(page, join(outDir, `welcome-reminders-${theme}.png`))
        await page.context().close()
      }
    },
    { welcomed: false },
  )

  await h.withHarness(
    {},
    async (url, harness) => {
      for (const theme of themes) {
        const page = await h.newPage(browser, theme)
        await page.goto(`${url}#/settings/reminders`)
        await page.getByRole('list', { name: 'Upcoming reminders today' }).waitFor()
        await h.settle(page, theme)
        await h.shoot(page, join(outDir, `settings-reminders-${theme}.png`))
        await page.context().close()
      }
      // The prompt: move main's clock to the first reminder of the day.
      const next = harness.core.reminders()?.state().snapshot.upcoming[0]
      if (!next) throw new Error('No reminder is coming up to show')
      harness.clock.set(next.at)
      for (const theme of themes) {
        const page = await h.newPage(browser, theme)
        await page.goto(`${url}#/today`)
        await page.locator('.rm-prompt').first().waitFor()
        await h.settle(page, theme)
        await h.shoot(page, join(outDir, `reminder-prompt-${theme}.png`))
        await page.context().close()
      }
    },
    { startAt: weekdayMorning },
  )
}
