import { z } from 'zod'
import { LocalDate } from '../domain/checkin'
import { Workout, WorkoutEdit, WorkoutImportSummary } from '../domain/workouts/session'
import { entry, event, NoInput } from './entry'
import { MAX_FILES_PER_IMPORT, MAX_IMPORT_BYTES } from '../domain/workouts/limits'

export { MAX_IMPORT_BYTES }

export const WorkoutFileInput = z.strictObject({
  name: z.string().min(1).max(500),
  /**
   * The file's bytes as they are: Electron's IPC copies them by structured
   * clone and the harness sends them as binary parts, so the window never
   * spends time encoding a big zip as text.
   */
  bytes: z
    .instanceof(Uint8Array, { message: 'Not the bytes of a file' })
    .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, 'Larger than 512 MB'),
})

/**
 * Imports dropped or picked files (FIT, GPX, TCX, Strava or Apple Health
 * zips). Each file goes in whole or not at all; the answer counts files
 * added, already there and refused (with reasons).
 */
export const importWorkouts = entry(
  'workouts:import',
  z.strictObject({ files: z.array(WorkoutFileInput).min(1).max(MAX_FILES_PER_IMPORT) }),
  WorkoutImportSummary,
)

/**
 * The same import from files on this computer, by path, so a gigabyte
 * Health export streams from disk instead of being held in memory. Only
 * the preload calls it, with the paths of files the person dropped or
 * picked (see `preloadOnlyChannels`): the page can never name a path.
 */
export const importWorkoutPaths = entry(
  'workouts:import-paths',
  z.strictObject({
    paths: z
      .array(
        z
          .string()
          .min(1)
          .max(4096)
          .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'Not an absolute path'),
      )
      .min(1)
      .max(MAX_FILES_PER_IMPORT),
  }),
  WorkoutImportSummary,
)

/** Stops the running import between files; what is already in stays. */
export const cancelWorkoutImport = entry('workouts:cancel', NoInput, z.null())

export const listWorkouts = entry(
  'workouts:list',
  z.strictObject({ from: LocalDate, to: LocalDate }),
  z.array(Workout),
)

/** The newest day with a session strictly before `date`, or null: the journal pages back by it. */
export const latestWorkoutBefore = entry(
  'workouts:latest-before',
  z.strictObject({ date: LocalDate }),
  LocalDate.nullable(),
)

export const editWorkout = entry('workouts:edit', WorkoutEdit, Workout)

export const removeWorkout = entry(
  'workouts:remove',
  z.strictObject({ id: z.string().min(1).max(100) }),
  z.null(),
)

/** Sent after each file of a running import. */
export const workoutImportProgressEvent = event(
  'workouts:progress',
  z.object({
    filesDone: z.number().int().nonnegative(),
    /** Grows as zips are opened and say how many files they hold. */
    filesTotal: z.number().int().nonnegative(),
    current: z.string(),
  }),
)
