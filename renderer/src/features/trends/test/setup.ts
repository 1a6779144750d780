import type { Insights, ReportData, TrendRange, TrendsData } from '@shared/contract/trends'
import type { FakeBridge } from '@renderer/test/fake-bridge'
import { busyTrends, insights, reportData } from './fixtures'

interface TrendsAnswers {
  data?: (range: TrendRange) => TrendsData
  insights?: Insights
  report?: (period: { from: string; to: string }) => ReportData
}

/** Makes the fake bridge answer the Trends, Insights and report channels. */
export function withTrends(answers: TrendsAnswers = {}) {
  return (bridge: FakeBridge) => {
    const data = answers.data ?? busyTrends
    bridge.respond('trends:data', ({ range }) => ({ ok: true, value: data(range) }))
    bridge.respond('trends:insights', () => ({ ok: true, value: answers.insights ?? insights() }))
    const report = answers.report ?? ((p) => reportData(p))
    bridge.respond('report:data', (period) => ({ ok: true, value: report(period) }))
  }
}
