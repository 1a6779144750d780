import { makeTemplate, scratch } from './fixture'
import { snapshotRenderer } from './build'
import { openBrowserSession } from './measures/browser'
import { todayLoadMeasure } from './measures/today-load'
import { rendererMemoryMeasure } from './measures/renderer-memory'
const s = scratch('dbg')
const t = makeTemplate(s.dir + '/t')
const dir = snapshotRenderer('/work/main', s.dir + '/r')
const session = await openBrowserSession(t, s.dir + '/b', dir)
let t0 = performance.now()
console.log(JSON.stringify(await todayLoadMeasure(session)), performance.now() - t0)
t0 = performance.now()
console.log(JSON.stringify(await rendererMemoryMeasure(session, (l) => console.log(l, performance.now() - t0))), performance.now() - t0)
await session.close()
s.cleanup()
