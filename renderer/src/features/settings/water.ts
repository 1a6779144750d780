import { ML_PER_GLASS } from '@shared/domain/checkin-basics'
import type { WaterUnit } from '@shared/domain/settings'
import { mlAsUnitText, typedNumber, unitToMl } from '@renderer/lib/water-units'

/** One definition of a glass for the whole app (shared/domain/checkin-basics.ts). */
export { ML_PER_GLASS }

/** The stored millilitres as the user reads them in their unit. */
export const formatTarget = mlAsUnitText

export type ParsedTarget = { ok: true; ml: number } | { ok: false; message: string }

/**
 * Reads what the user typed in their unit. Only "is it a number" is checked
 * here; the allowed range is main's to enforce, so its message is the one
 * shown.
 */
export function parseTarget(text: string, unit: WaterUnit): ParsedTarget {
  const { blank, value } = typedNumber(text)
  if (blank || !Number.isFinite(value)) {
    return {
      ok: false,
      message: unit === 'ml' ? 'Enter a number, such as 2000.' : 'Enter a number, such as 8.',
    }
  }
  return { ok: true, ml: unitToMl(value, unit) }
}

/** Keeps the same amount when the unit changes; unparsable text is left as typed. */
export function convertTargetText(text: string, from: WaterUnit, to: WaterUnit): string {
  if (from === to) return text
  const parsed = parseTarget(text, from)
  return parsed.ok ? formatTarget(parsed.ml, to) : text
}

export function targetHint(unit: WaterUnit): string {
  return unit === 'ml'
    ? 'Between 500 and 6,000 ml a day.'
    : 'Between 2 and 24 glasses a day (a glass is 250 ml).'
}
