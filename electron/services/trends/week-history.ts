import { shiftDate } from '../../../shared/domain/local-time'
import { AVERAGE_WEEKS, type WeekHistory } from '../../../shared/domain/trends/weekly'
import { weekStartOf } from '../../../shared/domain/trends/weeks'
import type { TrendsRepository } from '../../db/trends-repo'

/**
 * What the 4-week averages need beyond the weeks shown: whole-week totals
 * from the weeks before `firstShownWeek` (its Monday) through `through`, and
 * the week the journal began.
 */
export function weekHistory(
  repo: TrendsRepository,
  firstShownWeek: string,
  through: string,
): WeekHistory {
  const first = repo.firstDate()
  const from = shiftDate(firstShownWeek, -7 * (AVERAGE_WEEKS - 1))
  return {
    totals: new Map(repo.weekTotals(from, through).map((r) => [r.week, r.cramps])),
    firstWeek: first === null ? null : weekStartOf(first),
  }
}
