import type { CheckInFields, ElectrolyteGroup } from './checkin'

/*
 * Check-in values with no zod in them (type imports only), so the renderer
 * can use the same source as main without bundling schemas.
 */

/** Food examples per group, from CONTENT.md. */
export const electrolyteExamples: Record<ElectrolyteGroup, string> = {
  potassium: 'bananas, potatoes, sweet potatoes, avocados, beans',
  magnesium: 'nuts, seeds, whole grains, leafy greens',
  calcium: 'dairy, fortified plant milks, leafy greens',
  sodium: 'a moderate amount of salt, more with heavy sweating',
}

/** A blank day: the form starts here (or from yesterday's values). */
export function emptyCheckIn(date: string): CheckInFields {
  return {
    date,
    waterMl: 0,
    electrolytes: [],
    caffeineDrinks: 0,
    exercise: [],
    sittingHours: 0,
    stretchedBeforeBed: false,
    sleepQuality: null,
    medicationIds: [],
    nightReport: null,
    note: '',
  }
}

/** A glass counts as 250 ml for users who count glasses. */
export const ML_PER_GLASS = 250

/** The most water one day can hold: well past any real intake, short of a typo's 200,000. */
export const MAX_WATER_ML = 20_000
