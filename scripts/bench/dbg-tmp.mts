import { makeTemplate, scratch } from '/work/main/scripts/bench/fixture'
import { openBrowserSession, CONTEXT_OPTIONS } from '/work/main/scripts/bench/measures/browser'
const s = scratch('dbg')
const t = makeTemplate(s.dir + '/t')
const session = await openBrowserSession(t, s.dir + '/b')
const ctx = await session.browser.newContext(CONTEXT_OPTIONS)
const page = await ctx.newPage()
page.on('console', (m) => console.log('console', m.text()))
await page.goto(session.harness.url + '#/today')
await page.waitForTimeout(8000)
console.log(await page.evaluate(() => ({
  h1: [...document.querySelectorAll('h1')].map((h) => h.outerHTML.slice(0, 200)),
  main: !!document.querySelector('main'),
  cards: document.querySelectorAll('.recent-cramps__list .episode-card time').length,
  adh: document.querySelectorAll('.adherence__value').length,
})))
await page.screenshot({ path: '/tmp/today.png' })
await session.close()
s.cleanup()
