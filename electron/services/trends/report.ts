import type { Clock } from '../../../shared/domain/clock'
import { localDate, nowLocal, shiftDate } from '../../../shared/domain/local-time'
import {
  journalFlags,
  medicationReviewNote,
  RED_FLAG_RULES,
} from '../../../shared/domain/red-flags'
import { buildReport } from '../../../shared/domain/trends/report'
import { weekStartOf } from '../../../shared/domain/trends/weeks'
import type { ReportData, ReportPeriod } from '../../../shared/domain/trends/types'
import type { Db } from '../../db/connection'
import { CheckInsRepository } from '../../db/checkins-repo'
import { InsightsRepository } from '../../db/insights-repo'
import { TrendsRepository } from '../../db/trends-repo'
import { weekHistory } from './week-history'
import type { TrendSettings } from './trends'

/** The clinician report for a chosen period. */
export class ReportService {
  private readonly checkIns: CheckInsRepository
  private readonly insights: InsightsRepository
  private readonly trends: TrendsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly settings: () => TrendSettings,
  ) {
    this.checkIns = new CheckInsRepository(db)
    this.insights = new InsightsRepository(db)
    this.trends = new TrendsRepository(db)
  }

  data({ from, to }: ReportPeriod): ReportData {
    const { night } = this.settings()
    const episodes = this.insights.placed(from, to)
    // Red flags as of the period's end, so a past period reads as it stood then.
    const lookBack = Math.max(RED_FLAG_RULES.recentDays, RED_FLAG_RULES.mostNights.nights + 1)
    const flags = journalFlags(this.insights.placed(shiftDate(to, -lookBack), to), to, night)
    const medications = this.checkIns.medications().filter((m) => !m.archived)
    return buildReport({
      from,
      to,
      generatedOn: localDate(nowLocal(this.clock)),
      night,
      episodes,
      checkIns: this.checkIns.between(from, to),
      medications,
      flags,
      medicationNote: medicationReviewNote(
        flags,
        medications.map((m) => m.kind),
      ),
      routinesDone: this.insights.routinesDone(from, to),
      // Whole weeks up to the period's last day, so a week it starts inside averages as in Trends.
      weekHistory: weekHistory(this.trends, weekStartOf(from), to),
    })
  }
}
