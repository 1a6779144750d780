import type { CDPSession, Page } from '@playwright/test'
import type { Row } from '../row'
import { summarize } from '../stats'
import { CONTEXT_OPTIONS, type BrowserSession } from './browser'
import { PAGE_DRIVER } from './page-driver'

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

declare global {
  interface Window {
    __bench?: { screen(name: string): Promise<void>; logAndDelete(): Promise<void> }
  }
}

async function logAndDelete(page: Page): Promise<void> {
  await page.evaluate(() => window.__bench?.logAndDelete())
}

async function changeScreen(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => window.__bench?.screen(n), name)
}

/**
 * The renderer's JS heap, after GC, before and after 300 log-and-delete
 * cycles through the UI and 100 screen changes (and the returns to Today),
 * measured through the DevTools protocol.
 */
export async function rendererMemoryMeasure(
  session: BrowserSession,
  log: (line: string) => void = () => undefined,
): Promise<Row[]> {
  const context = await session.browser.newContext(CONTEXT_OPTIONS)
  try {
    await context.addInitScript({ content: PAGE_DRIVER })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${session.harness.url}#/today`)
    await page.waitForFunction(() => window.__bench !== undefined)
    // Warm-up: every screen once and a few cycles, so lazy chunks and caches are loaded.
    for (const name of OTHER_SCREENS) await changeScreen(page, name)
    await changeScreen(page, 'Today')
    for (let i = 0; i < 5; i++) await logAndDelete(page)
    const before = summarize(await samples(cdp, 3)).median
    let changes = 0
    for (let i = 0; i < CYCLES; i++) {
      await logAndDelete(page)
      if ((i + 1) % 50 === 0) log(`  ${i + 1} cycles`)
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
