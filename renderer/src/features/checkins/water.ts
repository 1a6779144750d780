import type { WaterUnit } from '@shared/domain/settings'
import { MAX_WATER_ML, ML_PER_GLASS } from '@shared/domain/checkin-basics'
import { mlAsUnitText, typedNumber, unitToMl } from '@renderer/lib/water-units'

/** The contract's ceiling for one day (CheckInFields.waterMl). */
export { MAX_WATER_ML }

const wholeMl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/** Stored millilitres in the user's unit, as typed in the box: "6", "5.2", "1500". */
export const waterText = mlAsUnitText

/** "1 glass", "6 glasses", "1,500 ml". */
export function waterLabel(ml: number, unit: WaterUnit): string {
  if (unit === 'ml') return `${wholeMl.format(ml)} ml`
  const glasses = waterText(ml, unit)
  return `${glasses} ${glasses === '1' ? 'glass' : 'glasses'}`
}

/** "4 of 8 glasses", "1,000 of 2,000 ml". */
export function waterOf(ml: number, targetMl: number, unit: WaterUnit): string {
  const amount = unit === 'ml' ? wholeMl.format(ml) : waterText(ml, unit)
  return `${amount} of ${waterLabel(targetMl, unit)}`
}

export type ParsedWater = { ok: true; ml: number } | { ok: false; message: string }

/** What was typed, in the user's unit, to whole millilitres; blank means none. */
export function parseWater(text: string, unit: WaterUnit): ParsedWater {
  const { blank, value } = typedNumber(text)
  if (blank) return { ok: true, ml: 0 }
  if (!Number.isFinite(value) || value < 0) {
    return {
      ok: false,
      message:
        unit === 'ml'
          ? 'Enter millilitres, such as 1500.'
          : 'Enter a number of glasses, such as 6.',
    }
  }
  return { ok: true, ml: unitToMl(value, unit) }
}

/** One glass (250 ml) more or less, never below zero or above the daily ceiling. */
export function stepWater(ml: number, direction: 1 | -1): number {
  return Math.min(MAX_WATER_ML, Math.max(0, ml + direction * ML_PER_GLASS))
}

/** Share of the daily target reached, 0 to 1. */
export function waterProgress(ml: number, targetMl: number): number {
  if (targetMl <= 0) return 0
  return Math.min(1, ml / targetMl)
}
