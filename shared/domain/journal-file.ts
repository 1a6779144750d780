import { z } from 'zod'
import { CheckIn, Medication, NightAnswer } from './checkin'
import { CheckedEpisode, EpochMs } from './episode'
import { ReminderRecord, ReminderSettings } from './reminders'
import { Session } from './routines/history'
import { Routine, RoutineId } from './routines/schema'
import { settingFields } from './settings'
import { Experiment, HabitTick } from './experiments/record'
import { Workout } from './workouts/session'

export const JOURNAL_FILE_FORMAT = 'limber-journal'

/**
 * The version this Limber writes. A new kind of record (experiments, say)
 * is a new version: its schema extends this one with the new list, and an
 * older file is read by its own schema and upgraded (see
 * electron/services/journal-file-read.ts), so every file ever exported
 * still imports.
 */
export const JOURNAL_FILE_VERSION = 3

/** A stored value with when it was last set, so an import can tell which side is newer. */
const stamped = <T extends z.ZodType>(value: T) => z.strictObject({ value, updatedAt: EpochMs })

/**
 * The app settings that travel with the journal: the user's choices. Launch
 * at login is left out (it is an entry in one computer's login items; set
 * it again on the new one), as are the one-time welcome and tray hints.
 */
export const PORTABLE_SETTING_KEYS = [
  'theme',
  'nightStart',
  'nightEnd',
  'waterUnit',
  'waterTargetMl',
] as const
export type PortableSettingKey = (typeof PORTABLE_SETTING_KEYS)[number]

/** Only settings the user changed are in the file; a missing one keeps its default. */
export const FileSettings = z.strictObject({
  theme: stamped(settingFields.theme).optional(),
  nightStart: stamped(settingFields.nightStart).optional(),
  nightEnd: stamped(settingFields.nightEnd).optional(),
  waterUnit: stamped(settingFields.waterUnit).optional(),
  waterTargetMl: stamped(settingFields.waterTargetMl).optional(),
} satisfies Record<PortableSettingKey, z.ZodType>)
export type FileSettings = z.infer<typeof FileSettings>

/** A check-in as the file holds it: the morning answer is in `nightAnswers`. */
export const FileCheckIn = CheckIn.omit({ nightReport: true })
export type FileCheckIn = z.infer<typeof FileCheckIn>

/** One of the user's own routines, with its times (built-ins are in the app). */
export const FileRoutine = z.strictObject({
  routine: Routine,
  createdAt: EpochMs,
  updatedAt: EpochMs,
})
export type FileRoutine = z.infer<typeof FileRoutine>

/** A personal experiment with its locked schedule and the days its habit was ticked (version 3). */
export const FileExperiment = z.strictObject({
  experiment: Experiment,
  ticks: z.array(HabitTick).max(200),
})
export type FileExperiment = z.infer<typeof FileExperiment>

/** Version 2 of the JSON export: everything but experiments and imported workouts. */
export const JournalFileV2 = z.strictObject({
  format: z.literal(JOURNAL_FILE_FORMAT),
  version: z.literal(2),
  exportedAt: EpochMs,
  episodes: z.array(CheckedEpisode).max(500_000),
  checkIns: z.array(FileCheckIn).max(200_000),
  nightAnswers: z.array(NightAnswer).max(200_000),
  medications: z.array(Medication).max(10_000),
  routines: z.array(FileRoutine).max(10_000),
  /** Built-in routines the user removed from the list. */
  hiddenBuiltIns: z.array(RoutineId).max(100),
  sessions: z.array(Session).max(500_000),
  reminderHistory: z.array(ReminderRecord).max(1_000_000),
  settings: FileSettings,
  /** Null when the reminders were never changed from their defaults. */
  reminderSettings: stamped(ReminderSettings).nullable(),
})
export type JournalFileV2 = z.infer<typeof JournalFileV2>

/** An imported workout session as the file holds it, with its place in its source file. */
export const FileWorkout = Workout.extend({ sessionIndex: z.number().int().nonnegative() })
export type FileWorkout = z.infer<typeof FileWorkout>

/**
 * The versioned JSON export: everything the user logged, made or set,
 * importable on any machine. Version 3 adds personal experiments and the
 * sessions imported from watch and phone files.
 */
export const JournalFile = JournalFileV2.extend({
  version: z.literal(JOURNAL_FILE_VERSION),
  experiments: z.array(FileExperiment).max(1000),
  workouts: z.array(FileWorkout).max(500_000),
})
export type JournalFile = z.infer<typeof JournalFile>

/** What an import would do (preview) or did. */
export const MergeCounts = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
})
export type MergeCounts = z.infer<typeof MergeCounts>

export const ImportSummary = z.object({
  episodes: MergeCounts,
  checkIns: MergeCounts,
  nightAnswers: MergeCounts,
  medications: MergeCounts,
  routines: MergeCounts,
  hiddenBuiltIns: MergeCounts,
  sessions: MergeCounts,
  reminderHistory: MergeCounts,
  experiments: MergeCounts,
  workouts: MergeCounts,
  /** Each app setting counts once; the reminder settings count as one. */
  settings: MergeCounts,
})
export type ImportSummary = z.infer<typeof ImportSummary>
export type ImportSection = keyof ImportSummary
