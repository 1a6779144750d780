import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium'
import { startHarness } from '../e2e/harness/server'
import { stravaZip } from './bench/measures/workouts'
async function main() {
  const dir = '/tmp/prof-run'; mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'x.zip'), await stravaZip())
  const harness = await startHarness({ dataDir: join(dir, 'data' + Date.now()), rendererDir: 'out/renderer' })
  harness.core.services().settings.update({ welcomeDone: true })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  const page = await (await browser.newContext()).newPage()
  await page.goto(`${harness.url}#/check-in`)
  const btn = page.getByRole('group', { name: 'Imported from a watch or app' }).getByRole('button', { name: 'Import workouts…' })
  await btn.waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start')
  const chooser = page.waitForEvent('filechooser'); await btn.click(); await (await chooser).setFiles(join(dir, 'x.zip'))
  await page.getByRole('region', { name: 'Workout import' }).getByRole('status').filter({ hasText: 'already there' }).waitFor({ timeout: 120000 })
  const { profile } = await cdp.send('Profiler.stop') as any
  const self = new Map<string, number>()
  const dt = profile.timeDeltas as number[]; const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
  profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000) })
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'))
  await browser.close(); await harness.close()
}
main()
