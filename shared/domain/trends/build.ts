import type { NightWindow } from '../local-time'
import { adherenceSummary, adherenceWeeks } from './adherence'
import { reliefHelped, reliefSummary, topTriggers, triggersSummary } from './causes'
import { hourBars, hoursSummary } from './hours'
import type { TrendRows } from './rows'
import type { TrendRange, TrendsData } from './types'
import { waterBands, waterSummary, waterWeeks } from './water'
import { weeksBetween } from './weeks'
import { painOverTime, painSummary, weeklyCramps, weeklySummary, type WeekHistory } from './weekly'

export interface TrendsFrame {
  range: TrendRange
  from: string
  to: string
  night: NightWindow
  waterTargetMl: number
  /** What the weeks' 4-week averages read from before the period. */
  history: WeekHistory
}

/** Every Trends chart and its summary line from the database's aggregate rows. */
export function buildTrends(frame: TrendsFrame, rows: TrendRows): TrendsData {
  const weeks = weeksBetween(frame.from, frame.to)
  const weekly = weeklyCramps(weeks, rows.weekGroups, frame.history)
  const totalCramps = weekly.reduce((a, w) => a + w.total, 0)
  const pain = painOverTime(weeks, rows.weekGroups)
  const hours = hourBars(rows.hours, frame.night)
  const triggers = topTriggers(rows.triggers)
  const relief = reliefHelped(rows.relief)
  const adherence = adherenceWeeks(weekly, rows.bedtime, rows.reminders)
  const bands = waterBands(rows.bands)
  return {
    range: frame.range,
    from: frame.from,
    to: frame.to,
    totalCramps,
    weekly: { summary: weeklySummary(weekly), data: weekly },
    pain: { summary: painSummary(pain), data: pain },
    hours: { summary: hoursSummary(hours), data: hours },
    triggers: { summary: triggersSummary(triggers, totalCramps), data: triggers },
    relief: { summary: reliefSummary(relief), data: relief },
    adherence: { summary: adherenceSummary(adherence, weekly), data: adherence },
    water: {
      summary: waterSummary(bands),
      targetMl: frame.waterTargetMl,
      data: waterWeeks(weeks, rows.water, rows.crampDays),
      bands,
    },
  }
}
