import type { TodaySummary } from '../../shared/contract/journal'
import type { Clock } from '../../shared/domain/clock'
import {
  localMinuteOfDay,
  nowLocal,
  shiftDate,
  type NightWindow,
} from '../../shared/domain/local-time'
import { medicationReviewNote } from '../../shared/domain/medication-review'
import { crampNight, journalFlags, RED_FLAG_RULES } from '../../shared/domain/red-flags'
import type { CheckInsService } from './checkins'
import type { JournalService } from './journal'

/** Builds what Today shows from the journal, check-ins and the red-flag rules. */
export function todaySummary(
  clock: Clock,
  journal: JournalService,
  checkIns: CheckInsService,
  night: NightWindow,
  /** Whether last night was a night of a personal experiment: then the question is asked all day. */
  inExperiment = false,
): TodaySummary {
  const date = checkIns.today()
  const lastNight = shiftDate(date, -1)
  const lookBack = Math.max(RED_FLAG_RULES.frequent.days, RED_FLAG_RULES.mostNights.nights + 1)
  const recent = journal.between(shiftDate(date, -lookBack), date)
  const lastNightCramps = recent.filter((e) => crampNight(e, night) === lastNight).length
  const answered = checkIns.get(date).night !== null
  const morning = localMinuteOfDay(nowLocal(clock)) < 12 * 60
  const flags = journalFlags(recent, date, night)
  const medications = checkIns.medications().filter((m) => !m.archived)
  return {
    date,
    askAboutLastNight: (morning || inExperiment) && !answered && lastNightCramps === 0,
    lastNightCramps,
    flags,
    medicationNote: medicationReviewNote({
      flags,
      medications,
      asOf: date,
      cramps: (from, to) => journal.between(from, to).length,
    }),
  }
}
