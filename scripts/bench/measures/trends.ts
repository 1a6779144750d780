import { clockMinutes } from '../../../shared/domain/local-time'
import type { TrendRange } from '../../../shared/contract/trends'
import { buildHandlers } from '../../../electron/ipc'
import type { Core } from '../../../electron/services/core'
import type { Row } from '../row'
import { timeSideBySide, type Repeat } from '../stats'
import { TRENDS_IN_ONE_STATEMENT } from './trends-sql'

const REPEAT: Repeat = { warmup: 5, runs: 40 }
const RANGES: { range: TrendRange; label: string }[] = [
  { range: '4w', label: '4 weeks' },
  { range: '12m', label: '12 months' },
  { range: 'all', label: 'all (ten years)' },
]
/** The handler reads no more of the event than this in-process call offers. */
const EVENT = { senderFrame: { url: 'app://limber/index.html', parent: null } }

/**
 * Trends data as the `trends:data` handler answers it (after input
 * validation), for three ranges, each beside one SQL statement returning
 * the same aggregates.
 */
export async function trendsMeasures(core: Core): Promise<Row[]> {
  const handler = buildHandlers(core)['trends:data']
  const db = core.storage.connection()
  const lower = db.prepare(TRENDS_IN_ONE_STATEMENT)
  const settings = core.services().settings.get().settings
  const rows: Row[] = []
  for (const { range, label } of RANGES) {
    const call = async () => await handler({ range }, EVENT)
    const data = await call()
    const params = {
      from: data.from,
      to: data.to,
      ns: clockMinutes(settings.nightStart),
      ne: clockMinutes(settings.nightEnd),
      target: settings.waterTargetMl,
    }
    const lowerRows = lower.all(params) as { chart: string; a: number }[]
    const cramps = lowerRows.filter((r) => r.chart === 'week').reduce((n, r) => n + r.a, 0)
    if (cramps !== data.totalCramps || cramps === 0) {
      throw new Error(`Trends ${range}: ${data.totalCramps} cramps, one statement ${cramps}`)
    }
    rows.push({
      name: `Trends data, ${label}`,
      unit: 'ms',
      ...(await timeSideBySide(call, () => lower.all(params), REPEAT)),
      budget: { limit: 50, on: 'median' },
      note: `${data.from} to ${data.to}: ${data.totalCramps} cramps, ${lowerRows.length} aggregate rows`,
    })
  }
  return rows
}
