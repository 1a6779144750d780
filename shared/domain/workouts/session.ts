import { z } from 'zod'

/** Sports Limber tells apart; anything else a file names is kept as `other`. */
export const WorkoutSport = z.enum(['running', 'cycling', 'walking', 'hiking', 'swimming', 'other'])
export type WorkoutSport = z.infer<typeof WorkoutSport>

/** Where a session came from, for the "imported" mark and the summary. */
export const WorkoutFormat = z.enum(['fit', 'gpx', 'tcx', 'health'])
export type WorkoutFormat = z.infer<typeof WorkoutFormat>

/**
 * One session read from a file, before it is stored. Values a file does not
 * hold stay null: nothing is estimated or invented.
 */
export const ParsedWorkout = z.object({
  sport: WorkoutSport,
  format: WorkoutFormat,
  /** UTC epoch milliseconds. */
  startedAt: z.number().int(),
  /** Minutes east of UTC at the start, null where the file does not say. */
  utcOffsetMinutes: z.number().int().min(-840).max(840).nullable(),
  elapsedSeconds: z.number().nonnegative(),
  movingSeconds: z.number().nonnegative().nullable(),
  distanceMeters: z.number().nonnegative().nullable(),
  elevationGainMeters: z.number().nonnegative().nullable(),
  avgHeartRate: z.number().positive().nullable(),
  maxHeartRate: z.number().positive().nullable(),
  /** Perceived effort 0-10, only where the file records it. */
  effort: z.number().min(0).max(10).nullable(),
  sourceName: z.string().min(1).max(500),
  /** sha256 hex of the file's bytes (or of the Health workout's own fields). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Which session of the file this is (multisport FIT files hold several). */
  sessionIndex: z.number().int().nonnegative(),
  /** Said to the user: the file held less than a whole recording. */
  warning: z.string().nullable(),
})
export type ParsedWorkout = z.infer<typeof ParsedWorkout>

/** Why a file was refused, in words the summary shows as they are. */
export const RefusalReason = z.enum([
  'empty',
  'corrupt-header',
  'cut-off',
  'no-timestamps',
  'not-a-workout',
  'unsafe-archive',
  'too-large',
  'unsafe-xml',
])
export type RefusalReason = z.infer<typeof RefusalReason>

export { REFUSAL_TEXT } from './refusal-text'

/** A refused file, with the reason and any detail the parser gave. */
export const RefusedFile = z.object({
  sourceName: z.string(),
  reason: RefusalReason,
  detail: z.string().nullable(),
})
export type RefusedFile = z.infer<typeof RefusedFile>

/** A stored session, as the check-in, the timeline and the load chart read it. */
export const Workout = ParsedWorkout.omit({ sessionIndex: true }).extend({
  id: z.string().min(1),
  localDate: z.string(),
  importedAt: z.number().int(),
})
export type Workout = z.infer<typeof Workout>

/** What the user may change on an imported session. */
export const WorkoutEdit = z.strictObject({
  id: z.string().min(1).max(100),
  sport: WorkoutSport.optional(),
  effort: z.number().min(0).max(10).nullable().optional(),
})
export type WorkoutEdit = z.infer<typeof WorkoutEdit>

/** The end-of-import summary: files added, files already there, files refused with reasons. */
export const WorkoutImportSummary = z.object({
  added: z.number().int().nonnegative(),
  alreadyThere: z.number().int().nonnegative(),
  refused: z.array(RefusedFile),
  warnings: z.array(z.object({ sourceName: z.string(), warning: z.string() })),
  cancelled: z.boolean(),
})
export type WorkoutImportSummary = z.infer<typeof WorkoutImportSummary>
