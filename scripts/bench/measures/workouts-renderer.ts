import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../e2e/support/chromium'
import { startHarness } from '../../../e2e/harness/server'
import { CONTEXT_OPTIONS } from './browser'
import { NOW } from '../fixture'
import type { Row } from '../row'
import { summarize } from '../stats'

const ACTIVITIES = 1000

/** Records every long task (over 50 ms, the Long Tasks API's own threshold) from page load on. */
const WATCH_LONG_TASKS = `
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration })
  }).observe({ type: 'longtask', buffered: true })
`

/**
 * A generated Strava-style zip of 1,000 FIT activities chosen with "Import
 * workouts…" in the check-in of the browser harness (the renderer the app
 * runs, the reader thread main runs), timed from the choice to the summary,
 * with every long task the renderer had meanwhile.
 */
export async function workoutRendererMeasure(
  zip: Buffer,
  dataDir: string,
  rendererDir: string,
): Promise<Row[]> {
  mkdirSync(dataDir, { recursive: true })
  const zipFile = join(dataDir, `export_${String(ACTIVITIES)}.zip`)
  writeFileSync(zipFile, zip)
  const harness = await startHarness({ dataDir: join(dataDir, 'data'), rendererDir, startAt: NOW })
  // A person who has been through the welcome.
  harness.core.services().settings.update({ welcomeDone: true })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage()
    await page.addInitScript(WATCH_LONG_TASKS)
    await page.goto(`${harness.url}#/check-in`)
    const imported = page.getByRole('group', { name: 'Imported from a watch or app' })
    await imported.getByRole('button', { name: 'Import workouts…' }).waitFor()
    // Anything the first screen did is not the import's.
    await page.waitForTimeout(1000)
    const chooser = page.waitForEvent('filechooser')
    await imported.getByRole('button', { name: 'Import workouts…' }).click()
    const from = await page.evaluate(() => performance.now())
    await (await chooser).setFiles(zipFile)
    const status = page.getByRole('region', { name: 'Workout import' }).getByRole('status')
    await status.filter({ hasText: 'already there' }).waitFor({ timeout: 120_000 })
    const to = await page.evaluate(() => performance.now())
    const summary = (await status.textContent()) ?? ''
    const counted = [...summary.matchAll(/(\d[\d,]*) (?:files? )?(?:added|already there|refused)/g)]
      .map((m) => Number((m[1] ?? '0').replaceAll(',', '')))
      .reduce((a, b) => a + b, 0)
    if (counted !== ACTIVITIES) throw new Error(`the summary counts ${String(counted)}: ${summary}`)
    const tasks = (
      await page.evaluate(
        () => (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks,
      )
    ).filter((t) => t.start >= from && t.start <= to)
    const longest = Math.max(0, ...tasks.map((t) => t.ms))
    return [
      {
        name: 'Strava zip of 1,000 in the window, choice to summary',
        unit: 'ms',
        value: summarize([to - from]),
        budget: { limit: 30_000, on: 'median' },
      },
      {
        name: 'Renderer long tasks (> 50 ms) during that import',
        unit: 'tasks',
        value: summarize([tasks.length]),
        budget: { limit: 0, inclusive: true, on: 'median' },
        note: tasks.length > 0 ? `longest ${longest.toFixed(0)} ms` : 'none',
      },
    ]
  } finally {
    await browser.close()
    await harness.close()
  }
}
