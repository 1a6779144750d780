import type { CheckIn } from '../domain/checkin'
import { emptyCheckIn } from '../domain/checkin'
import { noCrampDetails, type Episode, type EpisodeInput } from '../domain/episode'

/*
 * Test entries for every layer (main, renderer, end-to-end), so a new
 * episode field is added in one place. Each test states only what it is about.
 */

/** A plain left-hamstring cramp at rest, pain 5, nothing else noted, with overrides. */
export function crampInput(
  over: Partial<EpisodeInput> & Pick<EpisodeInput, 'startedAt'>,
): EpisodeInput {
  return {
    utcOffsetMin: 0,
    durationSec: null,
    durationBucket: '30s_2m',
    side: 'left',
    muscle: 'hamstring',
    pain: 5,
    context: 'resting',
    ...noCrampDetails(),
    ...over,
  }
}

/** The same cramp as main stores it: logged through the form, saved when it started. */
export function storedCramp(over: Partial<Episode> & Pick<Episode, 'id' | 'startedAt'>): Episode {
  return {
    ...crampInput(over),
    loggedVia: 'form',
    createdAt: over.startedAt,
    updatedAt: over.startedAt,
    ...over,
  }
}

/** A saved check-in with nothing recorded yet, with overrides. */
export function storedCheckIn(over: Partial<CheckIn> & Pick<CheckIn, 'date'>): CheckIn {
  return { ...emptyCheckIn(over.date), updatedAt: 0, ...over }
}
