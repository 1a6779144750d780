import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { startHarness } from '../e2e/harness/server'
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium'
import { seedTrendsJournal } from '../e2e/support/trends-data'

async function main() {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'limber-tt-')), 'Limber')
  mkdirSync(dataDir)
  const harness = await startHarness({ dataDir })
  harness.core.services().settings.update({ welcomeDone: true })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  {
    const ctx = await browser.newContext(); const page = await ctx.newPage()
    await page.goto(harness.url); await seedTrendsJournal(page); await ctx.close()
  }
  for (let run = 0; run < 3; run++) {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    const t0 = Date.now()
    const lines: string[] = []
    page.on('request', (r) => { (r as any)._t = Date.now() - t0 })
    page.on('requestfinished', (r) => {
      const body = r.postData() ?? ''
      const ch = /"channel":"([^"]+)"/.exec(body)?.[1] ?? ''
      lines.push(`${String((r as any)._t).padStart(5)} -> ${String(Date.now() - t0).padStart(5)}  ${new URL(r.url()).pathname.slice(0, 50)} ${ch}`)
    })
    await page.goto(`${harness.url}#/today`)
    await page.locator('.recent-cramps__list .episode-card time').first().waitFor()
    await page.locator('.adherence__value').first().waitFor()
    const shown = Date.now() - t0
    console.log(`run ${run}: shown at ${shown} ms`)
    if (run === 2) console.log(lines.sort().join('\n'))
    await ctx.close()
  }
  await browser.close(); await harness.close()
}
main().catch((e) => { console.error(e); process.exit(1) })
