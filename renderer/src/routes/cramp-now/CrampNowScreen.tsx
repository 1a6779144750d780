import { Button, buttonClass } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Episode } from '@shared/domain/episode'
import { CheckIcon } from '@renderer/components/icons'
import { Notice } from '@renderer/components/Notice'
import { ScreenHeader } from '@renderer/components/ScreenHeader'
import { FinishForm } from '@renderer/features/episodes/components/FinishForm'
import { TimerIcon } from '@renderer/features/episodes/components/icons'
import { ReliefGuide } from '@renderer/features/episodes/components/ReliefGuide'
import { durationText, episodeTitle } from '@renderer/features/episodes/format'
import {
  journalQueries,
  useCancelLive,
  useResumeLive,
  useStartLive,
  useStopLive,
} from '@renderer/features/episodes/queries'
import { TimerFace } from './TimerFace'
import './cramp-now.css'

/**
 * A cramp is happening: a timer from the stored start, the relief guide in
 * large type, and a one-tap "It's over" that asks only three things.
 */
export function CrampNowScreen() {
  const live = useQuery(journalQueries.live())
  const [saved, setSaved] = useState<Episode | null>(null)
  const running = live.data?.live ?? null
  const stoppedAt = running?.stoppedAt ?? null
  const stop = useStopLive()
  const resume = useResumeLive()
  // After "Keep timing", the keyboard goes back to "It's over".
  const [resumed, setResumed] = useState(false)

  if (saved) return <SavedView episode={saved} />
  return (
    <div className="screen cramp-now">
      <ScreenHeader
        title="Cramp now"
        lead="Stretch gently first. The timer keeps going even if you close Limber."
      />
      <section
        className={`cramp-panel${running && stoppedAt === null ? ' cramp-panel--running' : ''}`}
        aria-label="Timer"
      >
        {live.isPending ? (
          <p role="status">Checking for a running timer…</p>
        ) : running && live.data ? (
          <>
            <TimerFace live={running} stoppedAt={stoppedAt} />
            {stoppedAt === null ? (
              <RunningControls
                focusStop={resumed}
                onStop={() => {
                  stop.mutate()
                }}
              />
            ) : (
              <FinishForm
                suggested={live.data.suggested}
                onResume={() => {
                  resume.mutate()
                  setResumed(true)
                }}
                onSaved={setSaved}
              />
            )}
          </>
        ) : (
          <NotRunning failed={live.isError} />
        )}
      </section>
      <ReliefGuide />
    </div>
  )
}

function RunningControls({ onStop, focusStop }: { onStop: () => void; focusStop: boolean }) {
  const navigate = useNavigate()
  const stopRef = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    if (focusStop) stopRef.current?.focus()
  }, [focusStop])
  const cancel = useCancelLive()
  const [confirming, setConfirming] = useState(false)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const wasConfirming = useRef(false)
  useLayoutEffect(() => {
    // Into the question, and back to "It's over" when the answer is "keep timing".
    if (confirming) questionRef.current?.focus()
    else if (wasConfirming.current) stopRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  if (confirming) {
    return (
      <div className="cramp-panel__confirm">
        <p ref={questionRef} tabIndex={-1} className="cramp-panel__question">
          Stop the timer without saving anything?
        </p>
        <div className="cramp-panel__actions">
          <Button
            size="large"
            onClick={() => {
              cancel.mutate(undefined, { onSuccess: () => void navigate('/today') })
            }}
          >
            Yes, discard it
          </Button>
          <Button
            tone="primary"
            size="large"
            onClick={() => {
              setConfirming(false)
            }}
          >
            No, keep timing
          </Button>
        </div>
      </div>
    )
  }
  return (
    <div className="cramp-panel__actions">
      <Button ref={stopRef} tone="primary" size="huge" onClick={onStop}>
        It’s over
      </Button>
      <Button
        size="large"
        onClick={() => {
          setConfirming(true)
        }}
      >
        Not a cramp / cancel
      </Button>
    </div>
  )
}

function NotRunning({ failed }: { failed: boolean }) {
  const start = useStartLive()
  return (
    <div className="cramp-panel__idle">
      {failed ? (
        <Notice tone="warning" title="Limber couldn’t check the timer">
          <p>The guide below still applies. You can try starting the timer again.</p>
        </Notice>
      ) : (
        <p className="cramp-panel__question">No cramp timer is running.</p>
      )}
      <Button
        tone="primary"
        size="huge"
        aria-disabled={start.isPending || undefined}
        onClick={() => {
          if (!start.isPending) start.mutate()
        }}
      >
        <TimerIcon size={24} />
        Start the timer
      </Button>
    </div>
  )
}

function SavedView({ episode }: { episode: Episode }) {
  const titleRef = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    titleRef.current?.focus()
  }, [])
  const lasted = durationText(episode)
  return (
    <div className="screen cramp-now">
      <ScreenHeader title="Cramp now" />
      <section className="card cramp-saved" aria-labelledby="cramp-saved-title">
        <span className="cramp-saved__icon">
          <CheckIcon size={28} />
        </span>
        <h2 id="cramp-saved-title" ref={titleRef} tabIndex={-1}>
          Saved to your journal
        </h2>
        <p className="cramp-saved__summary">
          {episodeTitle(episode)}, pain {episode.pain} of 10{lasted ? `, lasted ${lasted}` : ''}.
        </p>
        <p className="card__text">
          You can add what might have set it off, what helped and any other signs now, or later from
          the journal.
        </p>
        <div className="cramp-panel__actions">
          <Link
            to={`/journal/entry/${episode.id}`}
            className={buttonClass({ tone: 'primary', size: 'large' })}
          >
            Add details
          </Link>
          <Link to="/today" className={buttonClass({ size: 'large' })}>
            Done
          </Link>
        </div>
      </section>
    </div>
  )
}
