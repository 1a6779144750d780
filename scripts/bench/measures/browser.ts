import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../e2e/support/chromium'
import { startHarness, type Harness } from '../../../e2e/harness/server'
import { NOW, type Template } from '../fixture'

export interface BrowserSession {
  harness: Harness
  browser: Browser
  close(): Promise<void>
}

/**
 * The end-to-end set-up: the browser harness over a copy of the ten-year
 * database (its clock starting where the dataset ends) and Debian's
 * Chromium with the suite's own flags, so nothing leaves 127.0.0.1.
 */
export async function openBrowserSession(
  template: Template,
  dataDir: string,
  rendererDir: string,
): Promise<BrowserSession> {
  template.copyTo(dataDir)
  const harness = await startHarness({
    dataDir,
    rendererDir,
    startAt: NOW,
    logError: (channel, error) => {
      console.error(`[bench harness] ${channel}:`, error)
    },
  })
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  } catch (error) {
    await harness.close()
    throw error
  }
  return {
    harness,
    browser,
    async close() {
      await browser.close()
      await harness.close()
    },
  }
}

/** The suite's window size, and no service workers (the app has none). */
export const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 800 },
  serviceWorkers: 'block',
} as const
