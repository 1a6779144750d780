import { format, isValid, parseISO } from 'date-fns'
import { z } from 'zod'
import { MAX_WATER_ML } from './checkin-basics'
import { EntryId, EpochMs } from './episode'

/** A real local calendar date, "yyyy-MM-dd" (not 2026-02-31). */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-25')
  .refine((d) => {
    const parsed = parseISO(d)
    return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === d
  }, 'That date does not exist')

export const ElectrolyteGroup = z.enum(['potassium', 'magnesium', 'calcium', 'sodium'])
export type ElectrolyteGroup = z.infer<typeof ElectrolyteGroup>

export const ExerciseSession = z.strictObject({
  type: z.string().trim().min(1, 'Say what you did').max(60),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  effort: z.number().int().min(1).max(10),
  hardOrNew: z.boolean(),
  warmedUp: z.boolean(),
  cooledDown: z.boolean(),
  hot: z.boolean(),
})
export type ExerciseSession = z.infer<typeof ExerciseSession>

/** "Any cramps last night?" answered on this date's morning. */
export const NightReport = z.enum(['none', 'cramps'])
export type NightReport = z.infer<typeof NightReport>

/** What the user can fill in for one local day. */
export const CheckInFields = z.strictObject({
  date: LocalDate,
  waterMl: z.number().int().min(0).max(MAX_WATER_ML),
  electrolytes: z.array(ElectrolyteGroup).max(4),
  caffeineDrinks: z.number().int().min(0).max(30),
  exercise: z.array(ExerciseSession).max(10),
  sittingHours: z.number().min(0).max(24).multipleOf(0.5),
  stretchedBeforeBed: z.boolean(),
  sleepQuality: z.number().int().min(1).max(5).nullable(),
  medicationIds: z.array(EntryId).max(50),
  nightReport: NightReport.nullable(),
  note: z.string().max(5000),
})
export type CheckInFields = z.infer<typeof CheckInFields>

export const CheckIn = CheckInFields.extend({ updatedAt: EpochMs })
export type CheckIn = z.infer<typeof CheckIn>

/**
 * The morning answer on its own. It is about the night before `date` only:
 * it says nothing about that day's water, food or exercise, so it is stored
 * apart from check-ins and never makes a day count as checked in. A
 * check-in's `nightReport` is this answer for its date, when there is one.
 */
export const NightAnswer = z.strictObject({
  date: LocalDate,
  report: NightReport,
  updatedAt: EpochMs,
})
export type NightAnswer = z.infer<typeof NightAnswer>

export const MedicationKind = z.enum(['diuretic', 'statin', 'blood_pressure', 'other'])
export type MedicationKind = z.infer<typeof MedicationKind>

export const MedicationFields = z.strictObject({
  name: z.string().trim().min(1, 'Enter the medication name').max(100),
  kind: MedicationKind,
  startedOn: LocalDate.nullable(),
})
export type MedicationFields = z.infer<typeof MedicationFields>

export const Medication = MedicationFields.extend({ id: EntryId, archived: z.boolean() })
export type Medication = z.infer<typeof Medication>

// Plain values live in a zod-free module so the renderer can share them cheaply.
export { electrolyteExamples, emptyCheckIn, MAX_WATER_ML, ML_PER_GLASS } from './checkin-basics'
