import type { ElectrolyteGroup, MedicationKind } from '../../../../shared/domain/checkin'

export const electrolyteLabels: Record<ElectrolyteGroup, string> = {
  potassium: 'Potassium',
  magnesium: 'Magnesium',
  calcium: 'Calcium',
  sodium: 'Sodium',
}

/**
 * Food examples per group, from CONTENT.md (the same list as
 * `electrolyteExamples` in shared/domain/checkin.ts, which the renderer
 * cannot import without bundling zod).
 */
export const electrolyteHints: Record<ElectrolyteGroup, string> = {
  potassium: 'Bananas, potatoes, sweet potatoes, avocados, beans',
  magnesium: 'Nuts, seeds, whole grains, leafy greens',
  calcium: 'Dairy, fortified plant milks, leafy greens',
  sodium: 'A moderate amount of salt, more with heavy sweating',
}

export const medicationKindLabels: Record<MedicationKind, string> = {
  diuretic: 'Diuretic (water pill)',
  statin: 'Statin',
  blood_pressure: 'Blood-pressure medicine',
  other: 'Other',
}

export const sleepLabels: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Very poor',
  2: 'Poor',
  3: 'OK',
  4: 'Good',
  5: 'Very good',
}
