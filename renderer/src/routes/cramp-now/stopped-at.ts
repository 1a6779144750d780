import { useState } from 'react'

/**
 * When "It's over" was pressed for the running timer. Kept in sessionStorage
 * with the timer's start, so a reload while answering keeps the real end.
 */
const KEY = 'limber.crampNow.stopped'

interface Stopped {
  startedAt: number
  stoppedAt: number
}

function read(startedAt: number | undefined): number | null {
  if (startedAt === undefined) return null
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Stopped | null
    return stored?.startedAt === startedAt ? stored.stoppedAt : null
  } catch {
    return null
  }
}

export function useStoppedAt(startedAt: number | undefined) {
  const [state, setState] = useState<{ startedAt: number | undefined; stoppedAt: number | null }>(
    () => ({
      startedAt,
      stoppedAt: read(startedAt),
    }),
  )
  // A different timer (or none): forget the old stop, adjusting during render.
  if (state.startedAt !== startedAt) setState({ startedAt, stoppedAt: read(startedAt) })

  const stop = (at: number) => {
    if (startedAt === undefined) return
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ startedAt, stoppedAt: at } satisfies Stopped))
    } catch {
      // Without storage a reload just forgets the stop; the timer is still safe in the journal.
    }
    setState({ startedAt, stoppedAt: at })
  }
  const resume = () => {
    sessionStorage.removeItem(KEY)
    setState({ startedAt, stoppedAt: null })
  }
  return {
    stoppedAt: state.startedAt === startedAt ? state.stoppedAt : read(startedAt),
    stop,
    resume,
  }
}
