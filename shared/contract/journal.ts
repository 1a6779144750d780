import { z } from 'zod'
import { LocalDate } from '../domain/checkin'
import {
  CrampContext,
  Episode,
  EpisodeInput,
  EntryId,
  EpochMs,
  Muscle,
  Pain,
  Side,
  Trigger,
  UtcOffset,
} from '../domain/episode'
import { RedFlagSummary } from '../domain/trends/types'
import { entry, event, NoInput } from './entry'

export const EpisodeFilter = z.strictObject({
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  muscle: Muscle.optional(),
  side: Side.optional(),
  context: CrampContext.optional(),
  trigger: Trigger.optional(),
  minPain: Pain.optional(),
  /** Only entries that on their own raise a red flag (signs, walking pain, lingering pain). */
  redFlag: z.boolean().optional(),
  /** Words to find in notes. */
  text: z.string().max(200).optional(),
})
export type EpisodeFilter = z.infer<typeof EpisodeFilter>

export const Cursor = z.strictObject({ startedAt: EpochMs, id: EntryId })
export type Cursor = z.infer<typeof Cursor>

export const ListEpisodesInput = z.strictObject({
  filter: EpisodeFilter.default({}),
  cursor: Cursor.nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
})
export type ListEpisodesInput = z.input<typeof ListEpisodesInput>

export const EpisodePage = z.object({ items: z.array(Episode), nextCursor: Cursor.nullable() })
export type EpisodePage = z.infer<typeof EpisodePage>

/** Newest first, one page at a time, filtered. */
export const listEpisodes = entry('journal:list', ListEpisodesInput, EpisodePage)

export const getEpisode = entry('journal:get', z.strictObject({ id: EntryId }), Episode)

/** Log a cramp from the form (or the tray). */
export const createEpisode = entry(
  'journal:create',
  z.strictObject({ episode: EpisodeInput, via: z.enum(['form', 'tray']).default('form') }),
  Episode,
)

export const updateEpisode = entry(
  'journal:update',
  z.strictObject({ id: EntryId, episode: EpisodeInput }),
  Episode,
)

/** Deletes for now; `journal:restore` within the undo window brings it back exactly. */
export const deleteEpisode = entry(
  'journal:delete',
  z.strictObject({ id: EntryId }),
  z.object({ id: EntryId, undoUntil: EpochMs }),
)

export const restoreEpisode = entry('journal:restore', z.strictObject({ id: EntryId }), Episode)

export const LiveEpisode = z.object({
  startedAt: EpochMs,
  utcOffsetMin: UtcOffset,
  /** When "It's over" was pressed, while the three answers are asked; null while timing. */
  stoppedAt: EpochMs.nullable(),
})
export type LiveEpisode = z.infer<typeof LiveEpisode>

export const LiveState = z.object({
  live: LiveEpisode.nullable(),
  /** Smart defaults for "It's over": asleep inside night hours, the last side used. */
  suggested: z.object({ side: Side, context: CrampContext }),
  now: EpochMs,
})
export type LiveState = z.infer<typeof LiveState>

/** Whether a "cramp now" timer is running (it survives restarts). */
export const getLive = entry('journal:live-get', NoInput, LiveState)
/** Starts the timer now; starting twice keeps the first start. */
export const startLive = entry('journal:live-start', NoInput, LiveState)
/** "It's over" pressed: main records the end now; the answers follow. Stopping twice keeps the first. */
export const stopLive = entry('journal:live-stop', NoInput, LiveState)
/** "Keep timing": the stop is forgotten and the timer runs on from its start. */
export const resumeLive = entry('journal:live-resume', NoInput, LiveState)
/** The answers: saves the episode, timed to the recorded stop (or now), and clears the timer at once. */
export const finishLive = entry(
  'journal:live-finish',
  z.strictObject({ side: Side, pain: Pain, context: CrampContext }),
  Episode,
)
export const cancelLive = entry('journal:live-cancel', NoInput, LiveState)

/**
 * The tray started or ended the cramp timer ("Cramp now", "It's over"):
 * the window shows it at once. Changes made in a window are not echoed
 * back to it (its own call already answered).
 */
export const liveChangedEvent = event('journal:live-changed', LiveState)

// ---- Today: the morning question and the red flags, read from the journal ----

/** One red flag as Today and Insights show it: the same shape everywhere. */
export const RedFlagView = RedFlagSummary
export type RedFlagView = z.infer<typeof RedFlagView>

export const TodaySummary = z.object({
  /** The user's local date. */
  date: LocalDate,
  /** True before noon when last night has neither an answer nor a logged cramp. */
  askAboutLastNight: z.boolean(),
  /** Cramps logged during last night's window. */
  lastNightCramps: z.number().int(),
  flags: z.array(RedFlagView),
  medicationNote: z.string().nullable(),
})
export type TodaySummary = z.infer<typeof TodaySummary>

/** What Today shows: the morning question and any red flags. */
export const getTodaySummary = entry('journal:today', NoInput, TodaySummary)
