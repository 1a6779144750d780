import type { Clock } from '../../../shared/domain/clock'
import { localDate, nowLocal, shiftDate } from '../../../shared/domain/local-time'
import { medicationReviewNote } from '../../../shared/domain/medication-review'
import { flagChecks, RED_FLAG_RULES } from '../../../shared/domain/red-flags'
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
    // Frequency rules read their own windows ending on the period's last day,
    // so a past period reads as it stood then; per-entry signs read the whole period.
    const lookBack = Math.max(RED_FLAG_RULES.frequent.days, RED_FLAG_RULES.mostNights.nights + 1)
    const windowStart = shiftDate(to, -lookBack)
    const read = this.insights.placed(windowStart < from ? windowStart : from, to)
    const episodes = read.filter((e) => e.localDate >= from)
    const flags = flagChecks(read, { asOf: to, signsFrom: from, dated: true }, night)
    const medications = this.checkIns.medications().filter((m) => !m.archived)
    const present = flags.filter((f) => f.present)
    return buildReport({
      from,
      to,
      generatedOn: localDate(nowLocal(this.clock)),
      night,
      episodes,
      checkIns: this.checkIns.between(from, to),
      medications,
      flags,
      medicationNote: medicationReviewNote({
        flags: present,
        medications,
        asOf: to,
        cramps: (a, b) => this.insights.crampCount(a, b),
      }),
      routinesDone: this.insights.routinesDone(from, to),
      // Whole weeks up to the period's last day, so a week it starts inside averages as in Trends.
      weekHistory: weekHistory(this.trends, weekStartOf(from), to),
    })
  }
}
