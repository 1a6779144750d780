import type { Relief, Trigger } from '../episode'
import type { ContextGroup, WaterBand } from './types'

/*
 * The aggregate rows the database answers with (electron/db/trends-repo.ts).
 * Weeks are named by their Monday; only non-empty groups appear, and the
 * transforms fill the gaps.
 */

export interface WeekGroupRow {
  week: string
  group: ContextGroup
  cramps: number
  painMax: number
  painSum: number
}

export interface HourRow {
  hour: number
  cramps: number
}

export interface TriggerRow {
  trigger: Trigger
  cramps: number
}

export interface ReliefRow {
  relief: Relief
  used: number
  helpedMost: number
}

/** Distinct nights with the bedtime routine done, by the week of the night. */
export interface BedtimeWeekRow {
  week: string
  nights: number
}

export interface ReminderWeekRow {
  week: string
  actedOn: number
  total: number
}

export interface WaterWeekRow {
  week: string
  checkIns: number
  waterSum: number
  atTarget: number
}

export interface CrampDaysWeekRow {
  week: string
  crampDays: number
}

export interface WaterBandRow {
  band: WaterBand['band']
  days: number
  crampDays: number
}

export interface TrendRows {
  weekGroups: WeekGroupRow[]
  hours: HourRow[]
  triggers: TriggerRow[]
  relief: ReliefRow[]
  bedtime: BedtimeWeekRow[]
  reminders: ReminderWeekRow[]
  water: WaterWeekRow[]
  crampDays: CrampDaysWeekRow[]
  bands: WaterBandRow[]
}
