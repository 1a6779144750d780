import { z } from 'zod'
import { Insights, ReportData, ReportPeriod, TrendRange, TrendsData } from '../domain/trends/types'
import { entry, NoInput } from './entry'

export * from '../domain/trends/types'

/** Prepared chart data and one-line summaries for the Trends screen. */
export const getTrends = entry('trends:data', z.strictObject({ range: TrendRange }), TrendsData)

/** Factor effects (with vs without), the four patterns that fired, and the red flags. */
export const getInsights = entry('trends:insights', NoInput, Insights)

/** Everything the clinician report shows for a period of local dates (inclusive). */
export const getReport = entry('report:data', ReportPeriod, ReportData)

export const SavePdfResult = z.object({
  /** False when the user cancelled the save dialog. */
  saved: z.boolean(),
  path: z.string().nullable(),
})
export type SavePdfResult = z.infer<typeof SavePdfResult>

/**
 * Prints the calling window (showing the report page for this period) to PDF
 * and saves it through the save dialog. The browser preview answers
 * `unsupported`: use the browser's own Print there.
 */
export const saveReportPdf = entry('report:save-pdf', ReportPeriod, SavePdfResult)
