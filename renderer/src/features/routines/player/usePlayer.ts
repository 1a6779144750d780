import { useCallback, useEffect, useState } from 'react'
import type { Segment } from '@shared/domain/routines/expand'
import {
  initial,
  reduce,
  remainingMs,
  type PlayerActionType,
  type PlayerState,
} from '@shared/domain/routines/player'
import type { PlayerClock } from './clock'

export interface PlayerView {
  readonly player: PlayerState
  /** The monotonic time this view was computed at; read every time from it. */
  readonly now: number
}

/** Browsers may fire a timer a fraction early; never re-arm tighter than this. */
const MIN_DELAY_MS = 4

/**
 * Time until the countdown's whole-second face changes: the face shows the
 * remaining seconds rounded up, so it changes when the remaining time
 * crosses a whole second (and a segment ends exactly on one).
 */
export function msUntilNextSecond(leftMs: number): number {
  const after = Math.max(0, Math.ceil(leftMs / 1000) - 1) * 1000
  return Math.max(MIN_DELAY_MS, leftMs - after)
}

/**
 * The pure player reducer driven by a monotonic clock. Times come from the
 * state's absolute end times; the one timer here only decides when to look
 * again (the next whole second), so a late or missed timer never adds drift.
 */
export function usePlayer(segments: readonly Segment[], clock: PlayerClock) {
  const [view, setView] = useState<PlayerView>(() => ({
    player: initial(segments),
    now: clock.now(),
  }))

  const act = useCallback(
    (type: PlayerActionType) => {
      const now = clock.now()
      setView((v) => ({ player: reduce(v.player, { type, now }), now }))
    },
    [clock],
  )

  const reset = useCallback(() => {
    setView({ player: initial(segments), now: clock.now() })
  }, [segments, clock])

  useEffect(() => {
    if (view.player.status !== 'running') return
    const left = remainingMs(view.player, clock.now())
    // Reps wait for "Done": nothing to count.
    if (left === null) return
    const timer = setTimeout(() => {
      act('tick')
    }, msUntilNextSecond(left))
    return () => {
      clearTimeout(timer)
    }
  }, [view, clock, act])

  // A hidden window's timers may be throttled; catch up as soon as it shows.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') act('tick')
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [act])

  return { view, act, reset }
}
