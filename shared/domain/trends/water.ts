import type { CrampDaysWeekRow, WaterBandRow, WaterWeekRow } from './rows'
import { percent } from './text'
import type { WaterBand, WaterWeek } from './types'

const BANDS = ['under_half', 'under_target', 'at_target'] as const

/** Mean water and cramp days per week; weeks without check-ins have no water value. */
export function waterWeeks(
  weeks: string[],
  water: WaterWeekRow[],
  crampDays: CrampDaysWeekRow[],
): WaterWeek[] {
  const w = new Map(water.map((r) => [r.week, r]))
  const c = new Map(crampDays.map((r) => [r.week, r.crampDays]))
  return weeks.map((weekStart) => {
    const row = w.get(weekStart)
    const checkInDays = row?.checkIns ?? 0
    return {
      weekStart,
      averageWaterMl: row && checkInDays > 0 ? Math.round(row.waterSum / checkInDays) : null,
      checkInDays,
      daysAtTarget: row?.atTarget ?? 0,
      crampDays: c.get(weekStart) ?? 0,
    }
  })
}

/** All three bands, in order, zeros included. */
export function waterBands(rows: WaterBandRow[]): WaterBand[] {
  const byBand = new Map(rows.map((r) => [r.band, r]))
  return BANDS.map((band) => ({
    band,
    days: byBand.get(band)?.days ?? 0,
    crampDays: byBand.get(band)?.crampDays ?? 0,
  }))
}

/** "Cramps on 10% of days at your water target and 30% of days below it." */
export function waterSummary(bands: WaterBand[]): string {
  const at = bands.find((b) => b.band === 'at_target') ?? { days: 0, crampDays: 0 }
  const below = bands
    .filter((b) => b.band !== 'at_target')
    .reduce((a, b) => ({ days: a.days + b.days, crampDays: a.crampDays + b.crampDays }), {
      days: 0,
      crampDays: 0,
    })
  if (at.days + below.days === 0) return 'No check-ins with water in this period.'
  if (at.days === 0) return 'No check-in days reached your water target in this period.'
  if (below.days === 0) return 'Every check-in day in this period reached your water target.'
  return `Cramps on ${percent(at.crampDays, at.days)}% of days at your water target and ${percent(below.crampDays, below.days)}% of days below it.`
}
