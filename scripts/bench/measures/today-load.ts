import type { Row } from '../row'
import { summarize } from '../stats'
import { CONTEXT_OPTIONS, type BrowserSession } from './browser'

declare global {
  interface Window {
    __todayShownAt?: number
    __todayFirstCramp?: string | null
  }
}

/**
 * Installed before the app's own scripts: records, relative to the start of
 * navigation, the first frame after which Today shows its data: the newest
 * cramp in Recent cramps and the habit tiles, both answered by main. Kept
 * as source text because the TypeScript loader decorates named functions
 * with a helper the page does not have.
 */
const WATCH_TODAY = `(() => {
  const CARD = '.recent-cramps__list article time'
  const shown = () =>
    document.querySelector('main h1')?.textContent === 'Today' &&
    document.querySelector(CARD) !== null &&
    document.querySelector('.adherence__value') !== null
  const observer = new MutationObserver(() => {
    if (!shown()) return
    observer.disconnect()
    // The frame after the one that lays it out: the content is on screen by then.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__todayShownAt = performance.now()
      window.__todayFirstCramp = document.querySelector(CARD)?.getAttribute('datetime') ?? null
    }))
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
})()`

/**
 * From navigation to Today fully shown, each load in a fresh browser
 * context (nothing cached, as when the window first opens).
 */
export async function todayLoadMeasure(session: BrowserSession): Promise<Row[]> {
  const newest = session.harness.core.services().journal.list({
    filter: {},
    cursor: null,
    limit: 1,
  }).items[0]
  if (!newest) throw new Error('the journal is empty')
  const expected = new Date(newest.startedAt).toISOString()
  const samples: number[] = []
  for (let i = 0; i < 13; i++) {
    const context = await session.browser.newContext(CONTEXT_OPTIONS)
    try {
      await context.addInitScript({ content: WATCH_TODAY })
      const page = await context.newPage()
      await page.goto(`${session.harness.url}#/today`)
      await page.waitForFunction(() => window.__todayShownAt !== undefined, null, {
        timeout: 30_000,
      })
      const { at, first } = await page.evaluate(() => ({
        at: window.__todayShownAt ?? NaN,
        first: window.__todayFirstCramp ?? null,
      }))
      if (first !== expected) throw new Error(`Today showed ${first}, not the newest ${expected}`)
      // The first three loads warm the server, the disk cache and Chromium itself.
      if (i >= 3) samples.push(at)
    } finally {
      await context.close()
    }
  }
  return [
    {
      name: 'Chromium: navigation to Today fully shown',
      unit: 'ms',
      value: summarize(samples),
      budget: { limit: 800, on: 'median' },
      note: 'ten loads after three warm-up loads, each in a fresh context',
    },
  ]
}
