import type { Clock } from '../../../shared/domain/clock'
import { localDate, nowLocal, shiftDate } from '../../../shared/domain/local-time'
import { medicationReviewNote } from '../../../shared/domain/medication-review'
import { journalFlags, RED_FLAG_RULES } from '../../../shared/domain/red-flags'
import { dayRecords, type DayRecord } from '../../../shared/domain/trends/days'
import {
  factorEffects,
  MIN_CRAMP_NIGHTS,
  MIN_DAYS_PER_SIDE,
} from '../../../shared/domain/trends/factors'
import {
  detectPatterns,
  PATTERN_WINDOW_DAYS,
  thinDataNote,
  WORKOUT_LOOK_BACK_DAYS,
  type PatternInput,
} from '../../../shared/domain/trends/patterns'
import { placedNight } from '../../../shared/domain/trends/placed'
import type { Insights } from '../../../shared/domain/trends/types'
import type { Db } from '../../db/connection'
import { CheckInsRepository } from '../../db/checkins-repo'
import { InsightsRepository } from '../../db/insights-repo'
import { NightReportsRepository } from '../../db/night-reports-repo'
import { WorkoutsRepository } from '../../db/workouts-repo'
import type { TrendSettings } from './trends'

/** The red-flag windows: the last 30 days, and the 7 nights before today. */
const FLAG_LOOK_BACK_DAYS = Math.max(
  RED_FLAG_RULES.frequent.days,
  RED_FLAG_RULES.mostNights.nights + 1,
)

/** Factor effects read the last year: enough days per side without going stale. */
export const FACTOR_WINDOW_DAYS = 365

/** Factor effects, the four patterns and the red flags, as of today. */
export class InsightsService {
  private readonly repo: InsightsRepository
  private readonly checkIns: CheckInsRepository
  private readonly nights: NightReportsRepository
  private readonly workouts: WorkoutsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly settings: () => TrendSettings,
  ) {
    this.repo = new InsightsRepository(db)
    this.checkIns = new CheckInsRepository(db)
    this.nights = new NightReportsRepository(db)
    this.workouts = new WorkoutsRepository(db)
  }

  /** Checked-in days from `from` to `to`, each joined with the night after it. */
  days(from: string, to: string): DayRecord[] {
    const { night } = this.settings()
    return dayRecords(
      {
        checkIns: this.checkIns.between(from, to),
        // The next morning's "any cramps last night?" answer belongs to the last day too.
        nightAnswers: this.nights.between(from, shiftDate(to, 1)),
        crampNights: new Set(this.repo.crampNights(from, to, night)),
        bedtimeNights: new Set(this.repo.bedtimeNights(from, to)),
        warmUpDays: new Set(this.repo.warmUpDays(from, to)),
        crampsByDate: new Map(this.repo.crampsByDate(from, to).map((r) => [r.date, r.cramps])),
      },
      from,
      to,
    )
  }

  insights(): Insights {
    const today = localDate(nowLocal(this.clock))
    const { night, waterTargetMl } = this.settings()
    const from = shiftDate(today, -(FACTOR_WINDOW_DAYS - 1))
    // Today's night has not happened yet: the factor days end yesterday.
    const days = this.days(from, shiftDate(today, -1))
    const patternFrom = shiftDate(today, -(PATTERN_WINDOW_DAYS - 1))
    const recent = this.repo.placed(patternFrom, today)
    // The red-flag rules read only their own windows; fewer rows keep them quick.
    const flagFrom = shiftDate(today, -FLAG_LOOK_BACK_DAYS)
    const flags = journalFlags(
      recent.filter((e) => e.localDate >= flagFrom),
      today,
      night,
    )
    const input: PatternInput = {
      today,
      days: days.filter((d) => d.date >= patternFrom),
      episodes: recent.map((e) => ({
        localDate: e.localDate,
        localMinute: e.localMinute,
        night: placedNight(e, night),
      })),
      flags,
      waterTargetMl,
      // Each session in the window is set against the 30 days before it.
      workouts: this.workouts.between(shiftDate(patternFrom, -WORKOUT_LOOK_BACK_DAYS), today),
    }
    const medications = this.checkIns.medications().filter((m) => !m.archived)
    return {
      from,
      to: today,
      checkInDays: days.length,
      checkedInToday: this.checkIns.get(today) !== null,
      cramps: this.repo.crampsByDate(from, today).reduce((a, r) => a + r.cramps, 0),
      minDaysPerSide: MIN_DAYS_PER_SIDE,
      minCrampNights: MIN_CRAMP_NIGHTS,
      factors: factorEffects(days, waterTargetMl),
      patterns: detectPatterns(input),
      thinData: thinDataNote(input),
      redFlags: flags,
      medicationNote: medicationReviewNote({
        flags,
        medications,
        asOf: today,
        cramps: (a, b) => this.repo.crampCount(a, b),
      }),
    }
  }
}
