import { z } from 'zod'
import { EpochMs } from '../episode'
import { instantOf, localDay, type OffsetAt } from './zoned'

/** The choices under "Pause ▸" in the tray. */
export const PauseOption = z.enum(['30m', '1h', '2h', 'tomorrow', 'until_resume'])
export type PauseOption = z.infer<typeof PauseOption>

/** All reminders off from `since` until `until` (null: until the user resumes). */
export const PauseState = z
  .strictObject({
    option: PauseOption,
    since: EpochMs,
    until: EpochMs.nullable(),
  })
  .refine((p) => p.until === null || p.until > p.since, {
    path: ['until'],
    message: 'A pause must end after it starts',
  })
export type PauseState = z.infer<typeof PauseState>

const MINUTE = 60_000
const durations: Partial<Record<PauseOption, number>> = {
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
}

/**
 * The pause a choice starts now. The short ones are elapsed time (a "1 h"
 * pause lasts an hour even across a DST change); "until tomorrow" ends at the
 * next local midnight, so tomorrow's morning check-in still comes.
 */
export function startPause(option: PauseOption, now: number, offsetAt: OffsetAt): PauseState {
  const duration = durations[option]
  if (duration !== undefined) return { option, since: now, until: now + duration }
  if (option === 'tomorrow')
    return { option, since: now, until: instantOf(localDay(now, offsetAt, 1), '00:00', offsetAt) }
  return { option, since: now, until: null }
}

export function isPausedAt(at: number, pause: PauseState | null): boolean {
  return pause !== null && at >= pause.since && (pause.until === null || at < pause.until)
}
