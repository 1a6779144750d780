import type { Clock } from '../../../shared/domain/clock'
import { localDate, nowLocal, shiftDate, type NightWindow } from '../../../shared/domain/local-time'
import { buildTrends } from '../../../shared/domain/trends/build'
import type { TrendRange, TrendsData } from '../../../shared/domain/trends/types'
import { rangeBounds } from '../../../shared/domain/trends/weeks'
import type { Db } from '../../db/connection'
import { TrendsRepository } from '../../db/trends-repo'
import { weekHistory } from './week-history'

/** What Trends reads from settings at call time (they can change between calls). */
export interface TrendSettings {
  night: NightWindow
  waterTargetMl: number
}

/** The Trends screen's data: SQL aggregates shaped by the pure transforms. */
export class TrendsService {
  private readonly repo: TrendsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly settings: () => TrendSettings,
  ) {
    this.repo = new TrendsRepository(db)
  }

  today(): string {
    return localDate(nowLocal(this.clock))
  }

  data(range: TrendRange): TrendsData {
    const today = this.today()
    const { from, to } = rangeBounds(range, today, range === 'all' ? this.repo.firstDate() : null)
    const { night, waterTargetMl } = this.settings()
    const rows = this.repo.rows({ from, to, night, waterTargetMl })
    // The period's weeks are whole, so only the weeks before it are read again.
    const history = weekHistory(this.repo, from, shiftDate(from, -1))
    return buildTrends({ range, from, to, night, waterTargetMl, history }, rows)
  }
}
