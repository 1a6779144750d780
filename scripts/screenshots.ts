/**
 * Captures every screen in light and dark at 1280x800 into
 * resources/screenshots/<screen>-<theme>.png (today-light.png is README's
 * screenshot), plus the recovery screen shown after a quarantine and the
 * first-run and reminder screens (scripts/screenshots-reminders.ts).
 *
 *   npx tsx scripts/screenshots.ts             # everything
 *   npx tsx scripts/screenshots.ts reminders   # only welcome, reminder settings and prompt
 *
 * For a before/after comparison (scripts/screenshots-diff.ts), SHOTS_DIR
 * writes elsewhere and SHOTS_FULL=1 takes whole pages, not the first 800 px.
 *
 * Uses the browser harness on temp data folders and the system Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium), like the end-to-end suite.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { chromium, expect, type Browser, type Page } from '@playwright/test'
import { ensureRendererBuilt } from '../e2e/harness/build'
import { repoRoot } from '../e2e/harness/paths'
import { startHarness, type Harness } from '../e2e/harness/server'
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium'
import { seedTrendsJournal } from '../e2e/support/trends-data'
import { captureReminders } from './screenshots-reminders'

const screens = ['today', 'journal', 'routines', 'trends', 'settings'] as const
const themes = ['light', 'dark'] as const
type Theme = (typeof themes)[number]

/** Trends, Insights and the report over a seeded journal (file name, route). */
const seededScreens = [
  ['trends-data', '/trends'],
  ['insights', '/trends/insights'],
  ['report', '/trends/report'],
  ['today-data', '/today'],
  ['journal-data', '/journal'],
  ['experiments', '/experiments'],
] as const

const only = process.argv.slice(2)
const wanted = (name: string) => only.length === 0 || only.some((o) => name.startsWith(o))

async function main(): Promise<void> {
  const root = repoRoot()
  await ensureRendererBuilt(root)
  const outDir = process.env.SHOTS_DIR ?? join(root, 'resources', 'screenshots')
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    if (process.argv[2] === 'reminders') {
      await captureReminders(browser, outDir, { withHarness, newPage, settle, shoot })
      return
    }
    await captureScreens(browser, outDir)
    await captureSeeded(browser, outDir)
    if (wanted('recovery')) await captureRecovery(browser, outDir)
    // Named shots only: the reminder set has its own `reminders` argument.
    if (only.length === 0) {
      await captureReminders(browser, outDir, { withHarness, newPage, settle, shoot })
    }
  } finally {
    await browser.close()
  }
}

/**
 * A fresh load at the screen's route: after a hash change alone, the
 * previous screen's heading could still be up when the shot was taken.
 */
async function openScreen(page: Page, address: string): Promise<void> {
  await page.goto(address)
  await page.reload()
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor()
}

async function captureScreens(browser: Browser, outDir: string): Promise<void> {
  await withHarness({}, async (url) => {
    for (const theme of themes) {
      const page = await newPage(browser, theme)
      for (const screen of screens.filter(wanted)) {
        await openScreen(page, `${url}#/${screen}`)
        await settle(page, theme)
        await shoot(page, join(outDir, `${screen}-${theme}.png`))
      }
      await page.context().close()
    }
  })
}

async function captureSeeded(browser: Browser, outDir: string): Promise<void> {
  if (!seededScreens.some(([name]) => wanted(name))) return
  await withHarness({}, async (url) => {
    let seeded = false
    for (const theme of themes) {
      const page = await newPage(browser, theme)
      await page.goto(url)
      if (!seeded) {
        await seedTrendsJournal(page)
        seeded = true
      }
      for (const [name, path] of seededScreens.filter(([n]) => wanted(n))) {
        await openScreen(page, `${url}#${path}`)
        await settle(page, theme)
        await shoot(page, join(outDir, `${name}-${theme}.png`))
      }
      await page.context().close()
    }
  })
}

async function captureRecovery(browser: Browser, outDir: string): Promise<void> {
  await withHarness({ 'limber.db': randomBytes(8192) }, async (url) => {
    for (const theme of themes) {
      const page = await newPage(browser, theme)
      await page.goto(url)
      await page.getByRole('button', { name: 'Start fresh' }).waitFor()
      await settle(page, theme)
      await shoot(page, join(outDir, `recovery-${theme}.png`))
      await page.context().close()
    }
  })
}

/** A harness on a fresh folder; past the first-run welcome unless `welcomed` is false. */
async function withHarness(
  seed: Record<string, Uint8Array>,
  fn: (url: string, harness: Harness) => Promise<void>,
  { welcomed = true, startAt }: { welcomed?: boolean; startAt?: number } = {},
): Promise<void> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'limber-shots-')), 'Limber')
  mkdirSync(dataDir)
  for (const [name, bytes] of Object.entries(seed)) writeFileSync(join(dataDir, name), bytes)
  const harness = await startHarness({ dataDir, startAt, freezeClock: startAt !== undefined })
  if (welcomed && harness.core.storage.status().state === 'ok') {
    harness.core.services().settings.update({ welcomeDone: true })
  }
  try {
    await fn(harness.url, harness)
  } finally {
    await harness.close()
    rmSync(dirname(dataDir), { recursive: true, force: true })
  }
}

async function newPage(browser: Browser, theme: Theme): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: theme,
    reducedMotion: 'reduce',
  })
  return context.newPage()
}

/** The theme applied (System follows the emulated scheme) and nothing still loading. */
async function settle(page: Page, theme: Theme): Promise<void> {
  await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' })
  await expect(
    page.getByRole('status').filter({ hasText: /Loading|Looking up|Opening/ }),
  ).toHaveCount(0)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

async function shoot(page: Page, path: string): Promise<void> {
  const fullPage = process.env.SHOTS_FULL === '1'
  await page.screenshot({ path, animations: 'disabled', caret: 'hide', fullPage })
  console.log(`wrote ${path}`)
}

main().catch((error: unknown) => {
  console.error('screenshots failed:', error instanceof Error ? error.message : error)
  process.exit(1)
})
