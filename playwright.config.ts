import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './e2e/support/chromium'

/**
 * Two projects: `chromium` drives the built renderer through the browser
 * harness (e2e/harness) in Debian's Chromium; `electron` drives the real app
 * and skips itself when node_modules/electron has no binary.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    // The harness (main side) and the page share the machine's time zone.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: /e2e[\\/]specs[\\/].*\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
    {
      name: 'electron',
      testMatch: /e2e[\\/]electron[\\/].*\.spec\.ts$/,
    },
  ],
})
