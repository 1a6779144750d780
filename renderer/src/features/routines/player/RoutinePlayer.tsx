import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { expandRoutine } from '@shared/domain/routines/expand'
import type { RoutineSource } from '@shared/domain/routines/history'
import { currentSegment, reduce, type PlayerState } from '@shared/domain/routines/player'
import type { Routine } from '@shared/domain/routines/schema'
import { sessionRecord } from '@shared/domain/routines/session'
import { invoke } from '@renderer/lib/ipc'
import { BackIcon } from '../components/icons'
import { ConfirmDialog } from '@renderer/components/ConfirmDialog'
import { routinesKeys } from '../queries'
import '../routines.css'
import { browserClock, type PlayerClock } from './clock'
import { announcement, playerDisplay } from './display'
import { commandForKey } from './keys'
import { PlayerControls } from './PlayerControls'
import { PlayerStage } from './PlayerStage'
import { useSoundPrefs } from './preferences'
import { ReadyPanel } from './ReadyPanel'
import { sessionInput } from './session'
import { SoundToggles } from './SoundToggles'
import { SummaryPanel } from './SummaryPanel'
import { browserSound, useCues, type SoundEnvironment } from './useCues'
import { useInertOutside } from './useInertOutside'
import { useKeepAwake } from './useKeepAwake'
import { usePlayer } from './usePlayer'
import { useSessionSaver } from './useSessionSaver'

interface RoutinePlayerProps {
  routine: Routine
  source: RoutineSource
  clock?: PlayerClock
  sound?: SoundEnvironment
}

const isActive = (p: PlayerState) => p.status === 'running' || p.status === 'paused'

/**
 * The full-window player: ready, playing (countdown, cue, controls and
 * keys), then a calm summary once the session is saved to history.
 */
export function RoutinePlayer({
  routine,
  source,
  clock = browserClock,
  sound = browserSound,
}: RoutinePlayerProps) {
  const segments = useMemo(() => expandRoutine(routine), [routine])
  const { view, act, reset } = usePlayer(segments, clock)
  const { player } = view
  const [prefs, setPrefs] = useSoundPrefs()
  const cues = useCues(view, prefs, clock, sound)
  const [confirmStop, setConfirmStop] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const active = isActive(player)
  useKeepAwake(active)
  useInertOutside(rootRef)
  useStopOnLeave(player, routine, source, clock)

  const record = useMemo(() => sessionRecord(player), [player])
  const saver = useSessionSaver(record, routine, source, clock)
  const display = playerDisplay(player, view.now, routine)

  // A layout effect names the window in the same commit as the heading, so
  // assistive tech and tests never see the previous screen's title.
  useLayoutEffect(() => {
    document.title = `${routine.name} · Limber`
  }, [routine.name])

  const focusPlayer = useCallback(() => {
    rootRef.current?.focus()
  }, [])

  const start = useCallback(() => {
    // The clock starts at the press itself; opening the audio device can take
    // a noticeable moment, so it comes second, still inside the gesture that
    // browsers require before a page may make sound.
    act('start')
    cues.unlock()
    focusPlayer()
  }, [cues, act, focusPlayer])

  const again = () => {
    cues.restart()
    reset()
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (document.querySelector('dialog[open]')) return
      const command = commandForKey({
        key: event.key,
        status: player.status,
        segment: currentSegment(player).kind,
        target: event.target instanceof Element ? event.target : null,
      })
      if (command === null) return
      event.preventDefault()
      // Holding a key down must not toggle pause on and off.
      if (event.repeat) return
      if (command === 'confirmStop') setConfirmStop(true)
      else if (command === 'start') start()
      else act(command)
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
    }
  }, [player, act, start])

  const percent = Math.round(display.progress * 100)

  return (
    <div
      ref={rootRef}
      className={`player player--${player.status}`}
      tabIndex={-1}
      role="region"
      aria-labelledby="player-title"
    >
      <header className="player__bar">
        {active ? null : (
          <Link to={`/routines/${routine.id}`} className="rt-back-link">
            <BackIcon size={16} />
            Back
          </Link>
        )}
        <div className="player__heading">
          <h1 id="player-title" tabIndex={-1} data-screen-heading="">
            {routine.name}
          </h1>
          {active ? (
            <p className="player__position">
              Step {display.stepNumber} of {display.stepCount}
              {display.rounds > 1 ? ` · round ${display.round} of ${display.rounds}` : ''}
            </p>
          ) : null}
        </div>
        <SoundToggles
          prefs={prefs}
          onChange={setPrefs}
          voiceAvailable={cues.voiceAvailable}
          audioAvailable={cues.audioAvailable}
        />
      </header>

      {active ? (
        <div
          className="player__progress"
          role="progressbar"
          aria-label="Whole routine"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span
            className="player__progress-bar"
            style={{ transform: `scaleX(${display.progress})` }}
          />
        </div>
      ) : null}

      <div className="player__body">
        {player.status === 'ready' ? <ReadyPanel routine={routine} onStart={start} /> : null}
        {active ? (
          <PlayerStage
            display={display}
            paused={player.status === 'paused'}
            onDone={() => {
              act('repsDone')
              focusPlayer()
            }}
          />
        ) : null}
        {record ? (
          <SummaryPanel
            record={record}
            save={saver.state}
            onRetrySave={saver.retry}
            onAgain={again}
          />
        ) : null}
      </div>

      {active ? (
        <footer className="player__footer">
          <p className="player__next">
            {display.nextUp ? (
              <>
                <span className="player__next-label">Next up</span> {display.nextUp}
              </>
            ) : null}
          </p>
          <PlayerControls
            paused={player.status === 'paused'}
            onAction={act}
            onStop={() => {
              setConfirmStop(true)
            }}
            onPointerUse={focusPlayer}
          />
        </footer>
      ) : null}

      <p className="visually-hidden" role="status">
        {announcement(player, display)}
      </p>

      {confirmStop && active ? (
        <ConfirmDialog
          title="Stop this routine?"
          confirmLabel="Stop routine"
          cancelLabel="Keep going"
          tone="danger"
          onConfirm={() => {
            setConfirmStop(false)
            act('stop')
          }}
          onCancel={() => {
            setConfirmStop(false)
            focusPlayer()
          }}
        >
          <p>What you have done so far is saved to your history.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  )
}

/**
 * Leaving the player mid-routine (another screen asked for the window)
 * still saves what was done, as stopped early.
 */
function useStopOnLeave(
  player: PlayerState,
  routine: Routine,
  source: RoutineSource,
  clock: PlayerClock,
) {
  const latest = useRef({ player, routine, source })
  const queryClient = useQueryClient()
  useEffect(() => {
    latest.current = { player, routine, source }
  })
  useEffect(
    () => () => {
      const { player: p, routine: r, source: s } = latest.current
      if (!isActive(p)) return
      const record = sessionRecord(reduce(p, { type: 'stop', now: clock.now() }))
      if (record === null) return
      invoke('routines:record-session', sessionInput(r, record, s, clock)).then(
        () => queryClient.invalidateQueries({ queryKey: routinesKeys.all }),
        () => undefined,
      )
    },
    [clock, queryClient],
  )
}
