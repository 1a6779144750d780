import type { Clock } from '../../../shared/domain/clock'
import type { Db } from '../../db/connection'
import { InsightsService } from './insights'
import { ReportService } from './report'
import { TrendsService, type TrendSettings } from './trends'

export type { PrintToPdf } from './pdf'
export { saveReportPdf } from './pdf'
export type { TrendSettings } from './trends'

/** Trends charts, insights and the clinician report over one database. */
export class TrendsServices {
  readonly charts: TrendsService
  readonly insights: InsightsService
  readonly report: ReportService

  constructor(db: Db, clock: Clock, settings: () => TrendSettings) {
    this.charts = new TrendsService(db, clock, settings)
    this.insights = new InsightsService(db, clock, settings)
    this.report = new ReportService(db, clock, settings)
  }
}
