import type { CDPSession, Page } from '@playwright/test'
import type { Row } from '../row'
import { summarize } from '../stats'
import { CONTEXT_OPTIONS, type BrowserSession } from './browser'

const CYCLES = 300
const SCREEN_CHANGES = 100
const OTHER_SCREENS = ['Journal', 'Routines', 'Trends', 'Settings'] as const

/** JS heap in use after a full collection, MB. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / (1024 * 1024)
}

async function samples(cdp: CDPSession, n: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(await heapAfterGc(cdp))
  return out
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })
const heading = (page: Page, name: string) =>
  page.getByRole('main').getByRole('heading', { level: 1, name, exact: true })

/** Cramp now → It's over → pain → Save, back to Today, Delete it there (Undo offered). */
async function logAndDelete(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cramp now' }).click()
  await page.getByRole('button', { name: 'It’s over' }).click()
  await page
    .getByRole('group', { name: 'Pain at its worst' })
    .getByRole('radio', { name: '5', exact: true })
    .check()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.getByRole('heading', { name: 'Saved to your journal' }).waitFor()
  await nav(page, 'Today').click()
  const recent = page.getByRole('region', { name: 'Recent cramps' })
  await recent
    .getByRole('button', { name: /^Delete / })
    .first()
    .click()
  await page
    .getByText(/^Deleted: /)
    .first()
    .waitFor()
}

async function changeScreen(page: Page, name: string): Promise<void> {
  await nav(page, name).click()
  await heading(page, name).waitFor()
}

/**
 * The renderer's JS heap, after GC, before and after 300 log-and-delete
 * cycles through the UI and 100 screen changes (and the returns to Today),
 * measured through the DevTools protocol.
 */
export async function rendererMemoryMeasure(session: BrowserSession): Promise<Row[]> {
  const context = await session.browser.newContext(CONTEXT_OPTIONS)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${session.harness.url}#/today`)
    await heading(page, 'Today').waitFor()
    // Warm-up: every screen once and a few cycles, so lazy chunks and caches are loaded.
    for (const name of OTHER_SCREENS) await changeScreen(page, name)
    await changeScreen(page, 'Today')
    for (let i = 0; i < 5; i++) await logAndDelete(page)
    const before = summarize(await samples(cdp, 3)).median
    let changes = 0
    for (let i = 0; i < CYCLES; i++) {
      await logAndDelete(page)
      // Every third cycle, one screen away and back to Today, where the next cycle starts.
      if (i % 3 === 2 && changes < SCREEN_CHANGES) {
        await changeScreen(page, OTHER_SCREENS[changes % OTHER_SCREENS.length] as string)
        await changeScreen(page, 'Today')
        changes++
      }
    }
    const after = await samples(cdp, 5)
    return [
      {
        name: 'renderer JS heap growth (300 cycles, 100 screens)',
        unit: 'MB',
        value: summarize(after.map((mb) => mb - before)),
        budget: { limit: 10, on: 'median' },
        note: `after GC: ${before.toFixed(1)} MB before, ${summarize(after).median.toFixed(1)} MB after; ${changes} screen changes`,
      },
    ]
  } finally {
    await context.close()
  }
}
