import type { TrendsData } from '@shared/contract/trends'

/**
 * What to say instead of a chart that would be blank. Null means there is
 * something to draw. The wording stays factual: no data is not good news.
 */
export interface EmptyLines {
  cramps: string | null
  triggers: string | null
  relief: string | null
  adherence: string | null
  water: string | null
}

export function emptyLines(data: TrendsData): EmptyLines {
  const noCramps = data.totalCramps === 0
  return {
    cramps: noCramps ? 'No cramps logged in this period.' : null,
    triggers: data.triggers.data.some((t) => t.count > 0)
      ? null
      : 'No suspected triggers picked in this period. You can add them when you log a cramp.',
    relief: data.relief.data.some((r) => r.used > 0)
      ? null
      : 'No relief logged in this period. You can add what you tried when you log a cramp.',
    adherence: data.adherence.data.some((w) => w.bedtimeRoutines > 0 || w.remindersTotal > 0)
      ? null
      : 'No bedtime routines or reminders in this period yet.',
    water: data.water.data.some((w) => w.checkInDays > 0)
      ? null
      : 'No check-ins with water in this period. The daily check-in records it.',
  }
}

/** Nothing at all to chart: no cramps, no check-ins, no routines or reminders. */
export function isBlank(lines: EmptyLines): boolean {
  return lines.cramps !== null && lines.adherence !== null && lines.water !== null
}

/** Fewer cramps than this and the charts say little yet; the screen says so. */
export const THIN_CRAMPS = 5
