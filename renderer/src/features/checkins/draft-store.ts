import type { WaterUnit } from '@shared/domain/settings'
import type { CheckInDraft } from './draft'
import { parseWater, waterText } from './water'

/**
 * Unsaved check-ins by date, kept for the life of the window so that moving
 * to another screen or day and back loses nothing typed. Saving (or
 * discarding) forgets the day.
 */
const drafts = new Map<string, { draft: CheckInDraft; unit: WaterUnit }>()

export const unsavedCheckIns = {
  get(date: string, unit: WaterUnit): CheckInDraft | null {
    const stored = drafts.get(date)
    if (!stored) return null
    if (stored.unit === unit) return stored.draft
    // The unit changed in Settings meanwhile: same amount, new unit.
    const water = parseWater(stored.draft.water, stored.unit)
    return water.ok ? { ...stored.draft, water: waterText(water.ml, unit) } : stored.draft
  },
  set(draft: CheckInDraft, unit: WaterUnit): void {
    drafts.set(draft.date, { draft, unit })
  },
  forget(date: string): void {
    drafts.delete(date)
  },
  clear(): void {
    drafts.clear()
  },
}
