import { join } from 'node:path'
import { ManualClock } from '../../../shared/domain/clock'
import { DEFAULT_DESIGN } from '../../../shared/domain/experiments/design'
import { localDate, nowLocal } from '../../../shared/domain/local-time'
import { NOW, openCore, templateAt, type Template } from '../fixture'
import type { Row } from '../row'
import { summarize } from '../stats'
import { CONTEXT_OPTIONS, openBrowserSession, type BrowserSession } from './browser'

declare global {
  interface Window {
    __insightsShownAt?: number
    __chartDrawnAt?: number
  }
}

const DAY = 86_400_000
/** Four weeks in: half the experiment's nights, with the ten-year journal's mornings in them. */
const NIGHTS_IN = 28

/**
 * Installed before the app's scripts: the first frame after which Insights
 * shows its factors and its experiments section (with `card`, also an
 * experiment's result in words), and the first after which its chart is drawn.
 */
const watchInsights = (card: boolean) => `(() => {
  const shown = () =>
    document.querySelector('main h1')?.textContent === 'Insights' &&
    document.querySelector('#insights-factors') !== null &&
    document.querySelector('#insights-experiments') !== null &&
    (${card} ? document.querySelector('[data-testid="experiment-reading"] p') !== null : true)
  const drawn = () =>
    !${card} || document.querySelector('[data-testid="experiment-result"] .recharts-bar-rectangle') !== null
  const afterPaint = (set) => requestAnimationFrame(() => requestAnimationFrame(set))
  let seen = false
  const observer = new MutationObserver(() => {
    if (!seen && shown()) {
      seen = true
      afterPaint(() => { window.__insightsShownAt = performance.now() })
    }
    if (seen && drawn()) {
      observer.disconnect()
      afterPaint(() => { window.__chartDrawnAt = performance.now() })
    }
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
})()`

/** The ten-year journal plus a bedtime experiment started NIGHTS_IN nights before the dataset ends. */
function withRunningExperiment(template: Template, dir: string): Template {
  template.copyTo(dir)
  const core = openCore(dir, new ManualClock(NOW - NIGHTS_IN * DAY))
  try {
    core.services().experiments.start({
      habit: 'bedtime-stretch',
      customHabit: null,
      design: DEFAULT_DESIGN,
      startDate: localDate(nowLocal(core.clock)),
      followsId: null,
    })
  } finally {
    core.close()
  }
  return templateAt(dir, template.seedMs)
}

async function loadOnce(
  session: BrowserSession,
  card: boolean,
): Promise<{ shown: number; drawn: number }> {
  const context = await session.browser.newContext(CONTEXT_OPTIONS)
  try {
    await context.addInitScript({ content: watchInsights(card) })
    const page = await context.newPage()
    await page.goto(`${session.harness.url}#/trends/insights`)
    await page.waitForFunction(() => window.__chartDrawnAt !== undefined, null, {
      timeout: 30_000,
    })
    return await page.evaluate(() => ({
      shown: window.__insightsShownAt ?? NaN,
      drawn: window.__chartDrawnAt ?? NaN,
    }))
  } finally {
    await context.close()
  }
}

/**
 * What a running experiment adds to opening Insights in Chromium: loads of
 * the ten-year journal without and with one, alternated so a busy moment
 * hits both, each in a fresh context. The figure is the median of the
 * paired differences until the result is on screen in words; the chart,
 * drawn a frame later, is reported beside it without a budget.
 */
export async function insightsExperimentMeasure(
  template: Template,
  workDir: string,
  rendererDir: string,
): Promise<Row[]> {
  const plain = await openBrowserSession(template, join(workDir, 'plain'), rendererDir)
  try {
    const withOne = withRunningExperiment(template, join(workDir, 'experiment-template'))
    const running = await openBrowserSession(withOne, join(workDir, 'experiment'), rendererDir)
    try {
      const added: number[] = []
      const chart: number[] = []
      for (let i = 0; i < 27; i++) {
        const without = await loadOnce(plain, false)
        const withExperiment = await loadOnce(running, true)
        // The first three pairs warm the servers, the disk cache and Chromium.
        if (i < 3) continue
        added.push(withExperiment.shown - without.shown)
        chart.push(withExperiment.drawn - withExperiment.shown)
      }
      return [
        {
          name: 'Chromium: Insights shown, added by a running experiment',
          unit: 'ms',
          value: summarize(added),
          budget: { limit: 20, on: 'median' },
          note: `24 paired loads, night ${NIGHTS_IN + 1} of 56: until its result in words is on screen`,
        },
        {
          name: 'Chromium: its nights chart drawn after that',
          unit: 'ms',
          value: summarize(chart),
          budget: null,
          note: 'recharts, one frame after the card; the rest of Insights is already usable',
        },
      ]
    } finally {
      await running.close()
    }
  } finally {
    await plain.close()
  }
}
