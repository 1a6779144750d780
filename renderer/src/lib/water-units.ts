import { ML_PER_GLASS } from '@shared/domain/checkin-basics'
import type { WaterUnit } from '@shared/domain/settings'

/**
 * Water moves between the stored millilitres and the user's unit here only,
 * for the check-in, the water target and the first-run setup alike.
 */

/** Stored millilitres as typed in the user's unit: "6", "5.2" glasses (one decimal), "1500" ml. */
export function mlAsUnitText(ml: number, unit: WaterUnit): string {
  if (unit === 'ml') return String(ml)
  // One decimal is enough: amounts saved in ml may not be whole glasses.
  return String(Math.round((ml / ML_PER_GLASS) * 10) / 10)
}

/** A number typed in the user's unit, to whole millilitres. */
export function unitToMl(value: number, unit: WaterUnit): number {
  return Math.round(unit === 'ml' ? value : value * ML_PER_GLASS)
}

/** What was typed, with a decimal comma read as a point. */
export function typedNumber(text: string): { blank: boolean; value: number } {
  const trimmed = text.trim().replace(',', '.')
  return { blank: trimmed === '', value: Number(trimmed) }
}
