import { isNightMinute, type NightWindow } from '../local-time'
import type { HourRow } from './rows'
import { count, hourLabel, percent } from './text'
import type { HourBar } from './types'

/** 24 bars, midnight first; an hour is "night" when it starts inside the night window. */
export function hourBars(rows: HourRow[], night: NightWindow): HourBar[] {
  const counts = new Map(rows.map((r) => [r.hour, r.cramps]))
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    count: counts.get(hour) ?? 0,
    night: isNightMinute(hour * 60, night),
  }))
}

/** "Cramps came most often around 3 a.m.; 9 of 12 (75%) were in your night hours." */
export function hoursSummary(bars: HourBar[]): string {
  const total = bars.reduce((a, b) => a + b.count, 0)
  if (total === 0) return 'No cramps logged in this period.'
  const top = bars.reduce((a, b) => (b.count > a.count ? b : a))
  const nightCount = bars.filter((b) => b.night).reduce((a, b) => a + b.count, 0)
  return `Cramps came most often in the hour from ${hourLabel(top.hour)}; ${nightCount} of ${count(total, 'cramp')} (${percent(nightCount, total)}%) were in your night hours.`
}
