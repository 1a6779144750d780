import { format } from 'date-fns'
import type { LiveEpisode } from '@shared/contract/journal'
import { toLocal } from '@shared/domain/local-time'
import { clockFace, spokenDuration } from '@renderer/features/episodes/format'
import { useNow } from '@renderer/lib/use-now'

interface TimerFaceProps {
  live: LiveEpisode
  /** Main-clock time "It's over" was pressed, or null while running. */
  stoppedAt: number | null
}

/**
 * The running time, always start-to-now from the stored start (never a
 * count of ticks), so it is right after a reload, a restart or a sleep.
 * Screen readers hear it once a minute, not every second.
 */
export function TimerFace({ live, stoppedAt }: TimerFaceProps) {
  const now = useNow(stoppedAt === null ? 250 : 60_000)
  const elapsed = Math.max(0, (stoppedAt ?? now) - live.startedAt)
  const minutes = Math.floor(elapsed / 60_000)
  const started = format(toLocal({ at: live.startedAt, utcOffsetMin: live.utcOffsetMin }), 'HH:mm')
  const announcement =
    stoppedAt !== null
      ? `Timer stopped at ${spokenDuration(elapsed)}.`
      : minutes === 0
        ? 'Cramp timer running.'
        : `${spokenDuration(minutes * 60_000)} so far.`
  return (
    <div className={`cramp-timer${stoppedAt === null ? '' : ' cramp-timer--stopped'}`}>
      <p className="cramp-timer__label" id="cramp-timer-label">
        {stoppedAt === null ? `Timing since ${started}` : `Stopped · started at ${started}`}
      </p>
      <p className="cramp-timer__face" role="timer" aria-labelledby="cramp-timer-label">
        {clockFace(elapsed)}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  )
}
