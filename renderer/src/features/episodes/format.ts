import { format } from 'date-fns'
import type { Episode } from '@shared/domain/episode'
import { toLocal } from '@shared/domain/local-time'
import { bucketOptions, labelOf, muscleOptions } from './labels'

type Timed = Pick<Episode, 'startedAt' | 'utcOffsetMin'>

/**
 * When it happened, on the clock the user saw at the time (its stored
 * offset), so 3 a.m. stays 3 a.m. after travel. The year appears only when
 * it is not the current one.
 */
export function episodeWhen(e: Timed, now: number): string {
  const local = toLocal({ at: e.startedAt, utcOffsetMin: e.utcOffsetMin })
  const sameYear = local.getFullYear() === new Date(now).getFullYear()
  return format(local, sameYear ? 'EEE d MMM, HH:mm' : 'EEE d MMM yyyy, HH:mm')
}

/** "Left hamstring", "Calf, both legs". */
export function episodeTitle(e: Pick<Episode, 'side' | 'muscle'>): string {
  const muscle = labelOf(muscleOptions, e.muscle)
  if (e.side === 'both') return `${muscle}, both legs`
  return `${e.side === 'left' ? 'Left' : 'Right'} ${muscle.toLowerCase()}`
}

/** "45 s", "1 min 20 s", "2 h 5 min"; the bucket when only that is known. */
export function durationText(e: Pick<Episode, 'durationSec' | 'durationBucket'>): string | null {
  if (e.durationSec !== null) return secondsText(e.durationSec)
  if (e.durationBucket !== null) return labelOf(bucketOptions, e.durationBucket)
  return null
}

export function secondsText(total: number): string {
  const s = Math.max(0, Math.round(total))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`
  if (m > 0) return sec > 0 ? `${m} min ${sec} s` : `${m} min`
  return `${sec} s`
}

/** A stopwatch face: "0:07", "12:30", "1:02:03". */
export function clockFace(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** The stopwatch read aloud: "1 minute 5 seconds". */
export function spokenDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const m = Math.floor(s / 60)
  const sec = s % 60
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (m === 0) return part(sec, 'second')
  return sec === 0 ? part(m, 'minute') : `${part(m, 'minute')} ${part(sec, 'second')}`
}
