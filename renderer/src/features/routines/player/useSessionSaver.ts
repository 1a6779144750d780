import { useCallback, useEffect, useRef, useState } from 'react'
import type { RoutineSource, SessionInput } from '@shared/domain/routines/history'
import type { Routine } from '@shared/domain/routines/schema'
import type { SessionRecord } from '@shared/domain/routines/session'
import { isIpcError } from '@renderer/lib/ipc'
import { useRecordSession } from '../queries'
import type { PlayerClock } from './clock'
import { sessionInput } from './session'
import type { SaveState } from './SummaryPanel'

/**
 * Saves each finished or stopped session once, as soon as it ends. The
 * wall-clock times are fixed at that moment, so "Try again" re-sends exactly
 * the same session.
 */
export function useSessionSaver(
  record: SessionRecord | null,
  routine: Routine,
  source: RoutineSource,
  clock: PlayerClock,
) {
  const { mutate } = useRecordSession()
  const [state, setState] = useState<SaveState>({ state: 'saving' })
  const savedRecord = useRef<SessionRecord | null>(null)
  const input = useRef<SessionInput | null>(null)

  const send = useCallback(() => {
    const session = input.current
    if (session === null) return
    setState({ state: 'saving' })
    mutate(session, {
      onSuccess: () => {
        setState({ state: 'saved' })
      },
      onError: (error) => {
        setState({
          state: 'failed',
          message: isIpcError(error)
            ? error.message
            : 'Something unexpected happened while saving it.',
        })
      },
    })
  }, [mutate])

  useEffect(() => {
    if (record === null || savedRecord.current === record) return
    savedRecord.current = record
    input.current = sessionInput(routine, record, source, clock)
    send()
  }, [record, routine, source, clock, send])

  return { state, retry: send }
}
