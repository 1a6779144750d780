import { z } from 'zod'
import {
  CheckIn,
  CheckInFields,
  LocalDate,
  Medication,
  MedicationFields,
  NightAnswer,
  NightReport,
} from '../domain/checkin'
import { EntryId } from '../domain/episode'
import { entry, event, NoInput } from './entry'

export const CheckInDay = z.object({
  checkIn: CheckIn.nullable(),
  /** The most recent earlier check-in, for "same as yesterday". */
  previous: CheckIn.nullable(),
  /** The morning's "any cramps last night?" answer, given with or without a check-in. */
  night: NightAnswer.nullable(),
})
export type CheckInDay = z.infer<typeof CheckInDay>

/** One day's check-in (or null) and the one before it. */
export const getCheckIn = entry('checkins:get', z.strictObject({ date: LocalDate }), CheckInDay)

/** Create or replace the check-in for its date. */
export const saveCheckIn = entry('checkins:save', CheckInFields, CheckIn)

export const listCheckIns = entry(
  'checkins:range',
  z.strictObject({ from: LocalDate, to: LocalDate }),
  z.array(CheckIn),
)

/**
 * The morning answer to "Any cramps last night?" ("none" is data too). It is
 * stored on its own: answering does not make the day a check-in day.
 */
export const setNightReport = entry(
  'checkins:night-report',
  z.strictObject({ date: LocalDate, report: NightReport }),
  NightAnswer,
)

export const listMedications = entry('medications:list', NoInput, z.array(Medication))

export const saveMedication = entry(
  'medications:save',
  MedicationFields.extend({ id: EntryId.optional(), archived: z.boolean().optional() }),
  Medication,
)

/**
 * A check-in changed outside the window (the tray's "I drank water"), so the
 * screens showing it refetch.
 */
export const checkInChangedEvent = event('checkins:changed', z.object({ date: LocalDate }))
