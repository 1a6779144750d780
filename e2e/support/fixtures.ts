import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect } from '@playwright/test'
import { isLocal } from './local'
import { LimberApp, stoppedOrigins, writeSeed, type ClockStart, type SeedFiles } from './app'

export { expect } from '@playwright/test'
export type { ClockStart, SeedFiles } from './app'

/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface Fixtures {
  /** Files to put in the data folder before the harness starts (`test.use({ seedFiles })`). */
  seedFiles: SeedFiles
  /** Main-side clock at start, before the database opens (`test.use({ clockStart })`). */
  clockStart: ClockStart
  /**
   * Whether the first-run welcome counts as done (default true, so specs
   * start in the app; the welcome's own spec sets it false).
   */
  welcomeDone: boolean
  /** A fresh temp data folder for this test, removed afterwards. */
  dataDir: string
  /** This test's own harness on port 0 over `dataDir`. */
  app: LimberApp
  /** An axe scan limited to WCAG 2.x A/AA. */
  makeAxeBuilder: () => AxeBuilder
}

/**
 * Every test gets its own data folder and harness, and a `page` already at
 * the app. Every request made by any page of the test is checked to have
 * gone to 127.0.0.1, and uncaught page errors or CSP violations fail the test.
 */
export const test = base.extend<Fixtures>({
  seedFiles: [{}, { option: true }],
  clockStart: [{}, { option: true }],
  welcomeDone: [true, { option: true }],

  // Playwright requires an object pattern even when a fixture needs no others.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },

  app: async ({ dataDir, seedFiles, clockStart, welcomeDone }, use) => {
    writeSeed(dataDir, seedFiles)
    const app = await LimberApp.start(dataDir, clockStart)
    if (welcomeDone) markWelcomed(app)
    await use(app)
    await app.close()
  },

  context: async ({ context }, use) => {
    const offsite: string[] = []
    const pageErrors: string[] = []
    const consoleErrors: string[] = []
    context.on('request', (request) => {
      if (!isLocal(request.url())) offsite.push(`${request.method()} ${request.url()}`)
    })
    context.on('page', (page) => {
      page.on('websocket', (ws) => {
        if (!isLocal(ws.url())) offsite.push(`WebSocket ${ws.url()}`)
      })
    })
    context.on('weberror', (error) => pageErrors.push(String(error.error())))
    // Any console error fails the test: a CSP refusal, a failed load, a
    // React warning, a policy the browser ignores.
    context.on('console', (message) => {
      if (message.type() !== 'error') return
      const where = message.location().url
      if (retryOfStoppedHarness(message.text(), where)) return
      consoleErrors.push(`${message.text()} (${where})`)
    })
    await use(context)
    expect(offsite, 'every request must go to 127.0.0.1').toEqual([])
    expect(pageErrors, 'no uncaught errors in the page').toEqual([])
    expect(consoleErrors, 'no errors in the console').toEqual([])
  },

  page: async ({ page, app }, use) => {
    await page.goto(app.url)
    await use(page)
  },

  makeAxeBuilder: async ({ page }, use) => {
    await use(() => new AxeBuilder({ page }).withTags(AXE_TAGS))
  },
})

/**
 * Saves welcomeDone before any page loads. A quarantined folder has no
 * settings yet, so the database that "Start fresh" makes gets it instead;
 * restarts reuse the folder, so the setting carries over.
 */
function markWelcomed(app: LimberApp): void {
  const core = app.harness.core
  const mark = () => core.services().settings.update({ welcomeDone: true })
  if (core.storage.status().state === 'ok') {
    mark()
    return
  }
  const startFresh = core.startFresh.bind(core)
  core.startFresh = () => {
    const status = startFresh()
    if (status.state === 'ok') mark()
    return status
  }
}

/** A refused event-stream retry to a harness the test itself stopped (see stoppedOrigins). */
function retryOfStoppedHarness(text: string, url: string): boolean {
  if (!text.includes('net::ERR_CONNECTION_REFUSED')) return false
  const match = /\((https?:\/\/[^)\s]+)\)/.exec(text)?.[1] ?? url
  try {
    const target = new URL(match)
    return stoppedOrigins.has(target.origin) && target.pathname === '/__limber/events'
  } catch {
    return false
  }
}
