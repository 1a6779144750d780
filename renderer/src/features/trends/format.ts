import { format, parseISO } from 'date-fns'
import { ML_PER_GLASS } from '@shared/domain/checkin-basics'
import type { Relief, Trigger } from '@shared/domain/episode'
import type { WaterUnit } from '@shared/domain/settings'
import { labelOf, reliefOptions, triggerOptions } from '@renderer/features/episodes'

/** "3 Mar": a week named by its Monday. */
export function weekLabel(weekStart: string): string {
  return format(parseISO(weekStart), 'd MMM')
}

/** "Week of 3 March 2026", for tooltips and tables. */
export function weekLong(weekStart: string): string {
  return `Week of ${format(parseISO(weekStart), 'd MMMM yyyy')}`
}

/** A week's 4-week average to one decimal; a dash where the journal is too young for one. */
export function averageText(average: number | null): string {
  return average === null ? '–' : average.toFixed(1)
}

/** "3 March 2026". */
export function dateLong(date: string): string {
  return format(parseISO(date), 'd MMMM yyyy')
}

/** "22:00–23:00". */
export function hourRange(hour: number): string {
  const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`
  return `${pad(hour)}–${pad(hour + 1)}`
}

export function triggerLabel(trigger: Trigger): string {
  return labelOf(triggerOptions, trigger)
}

export function reliefLabel(relief: Relief): string {
  return labelOf(reliefOptions, relief)
}

/** "1 cramp", "3 cramps". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}

/** The bare number in the user's unit ("8", "2,000"), for an axis. */
export function waterNumber(ml: number, unit: WaterUnit): string {
  const value = unit === 'ml' ? Math.round(ml) : Math.round((ml / ML_PER_GLASS) * 10) / 10
  return value.toLocaleString()
}

/** Millilitres in the unit the user chose. */
export function waterText(ml: number, unit: WaterUnit): string {
  if (unit === 'ml') return `${Math.round(ml).toLocaleString()} ml`
  const glasses = Math.round((ml / ML_PER_GLASS) * 10) / 10
  return `${glasses.toLocaleString()} ${glasses === 1 ? 'glass' : 'glasses'}`
}

/** "40%", or "–" when there were no days to count. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '–'
  return `${Math.round((part / whole) * 100)}%`
}
