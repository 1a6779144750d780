import { electrolyteExamples } from '@shared/domain/checkin-basics'
import type { ElectrolyteGroup, MedicationKind } from '@shared/domain/checkin'

export const electrolyteLabels: Record<ElectrolyteGroup, string> = {
  potassium: 'Potassium',
  magnesium: 'Magnesium',
  calcium: 'Calcium',
  sodium: 'Sodium',
}

/** Food examples per group, from CONTENT.md, as a sentence-case hint. */
export const electrolyteHints = Object.fromEntries(
  Object.entries(electrolyteExamples).map(([group, text]) => [
    group,
    text.charAt(0).toUpperCase() + text.slice(1),
  ]),
) as Record<ElectrolyteGroup, string>

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
