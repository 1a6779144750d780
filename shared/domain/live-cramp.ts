import { noCrampDetails, type Episode, type EpisodeInput } from './episode'

/** A Cramp-now timer left running counts at most a day. */
export const MAX_TIMED_SECONDS = 24 * 3600

/** Where a running Cramp-now timer started. */
export interface LiveStart {
  startedAt: number
  utcOffsetMin: number
}

/**
 * What "It's over" saves: the timed cramp with the three quick answers and
 * its measured length; everything else stays empty for a later edit.
 */
export function finishedCramp(
  live: LiveStart,
  answers: Pick<Episode, 'side' | 'pain' | 'context'>,
  endedAt: number,
): EpisodeInput {
  return {
    startedAt: live.startedAt,
    utcOffsetMin: live.utcOffsetMin,
    ...answers,
    durationSec: Math.min(
      MAX_TIMED_SECONDS,
      Math.max(1, Math.round((endedAt - live.startedAt) / 1000)),
    ),
    durationBucket: null,
    muscle: 'hamstring',
    ...noCrampDetails(),
  }
}
