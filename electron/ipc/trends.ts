import type { Core } from '../services/core'
import { saveReportPdf } from '../services/trends'
import type { Handlers } from './types'

type TrendsChannel = 'trends:data' | 'trends:insights' | 'report:data' | 'report:save-pdf'

export function trendsHandlers(core: Core): Pick<Handlers, TrendsChannel> {
  const s = () => core.services().trends
  return {
    'trends:data': ({ range }) => s().charts.data(range),
    'trends:insights': () => s().insights.insights(),
    'report:data': (period) => s().report.data(period),
    // The calling window prints itself: it must be showing this period's report.
    'report:save-pdf': (period, event) =>
      saveReportPdf(period, event.sender, {
        printToPdf: core.options.printToPdf,
        saveFile: core.options.saveFile,
      }),
  }
}
