import type { Episode } from '../episode'
import { clockMinutes, isNightMinute, shiftDate, type NightWindow } from '../local-time'
import type { ContextGroup } from './types'

/**
 * An episode with the local date and minute stored beside it at write time
 * (the journal derives them from the instant and its UTC offset). Trends and
 * the report read these rather than re-deriving each one through a time zone.
 */
export type PlacedEpisode = Pick<
  Episode,
  | 'id'
  | 'startedAt'
  | 'utcOffsetMin'
  | 'durationSec'
  | 'durationBucket'
  | 'pain'
  | 'context'
  | 'triggers'
  | 'relief'
  | 'reliefBest'
  | 'symptoms'
  | 'soreness'
  | 'legChanged'
  | 'notes'
> & { localDate: string; localMinute: number }

type Place = Pick<PlacedEpisode, 'localDate' | 'localMinute' | 'context'>

/**
 * red-flags.ts crampNight from the stored local fields: inside the night
 * window (named by the evening it began), or logged as asleep outside it
 * (before noon with the night before, later with the night after).
 */
export function placedNight(e: Place, night: NightWindow): string | null {
  const start = clockMinutes(night.start)
  const wraps = start > clockMinutes(night.end)
  if (isNightMinute(e.localMinute, night)) {
    return wraps && e.localMinute < start ? shiftDate(e.localDate, -1) : e.localDate
  }
  if (e.context !== 'asleep') return null
  return e.localMinute < 12 * 60 ? shiftDate(e.localDate, -1) : e.localDate
}

/** Stacked-chart group: during or after exercise first, then night (window or asleep), else rest. */
export function placedGroup(e: Place, night: NightWindow): ContextGroup {
  if (e.context === 'exercise' || e.context === 'after_exercise') return 'exercise'
  return e.context === 'asleep' || isNightMinute(e.localMinute, night) ? 'night' : 'rest'
}
