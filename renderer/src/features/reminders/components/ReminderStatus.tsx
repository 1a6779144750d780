import { Button } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef, useState } from 'react'
// The modules themselves, not the reminders index: it carries zod schemas,
// and this sidebar is on the first screen.
import { reminderKinds } from '@shared/domain/reminders/kinds'
import { atLabel, pauseLabel } from '@shared/domain/reminders/labels'
import { browserOffsetMin, mainNow } from '@renderer/lib/main-clock'
import { journalQueries } from '@renderer/features/episodes'
import { useNow } from '@renderer/lib/use-now'
import { waterLabel } from '@renderer/features/checkins'
import { settingsQueries } from '@renderer/features/settings'
import { reminderQueries, useReminderDone, useResumeReminders } from '../queries'
import { BellIcon } from './icons'
import { PauseMenu } from './PauseMenu'
import '../reminders.css'

/**
 * The tray's reminder controls inside the window: what comes next, pause and
 * resume, and the two acts that restart a desk reminder.
 */
export function ReminderStatus() {
  const state = useQuery(reminderQueries.state())
  const settings = useQuery(settingsQueries.get())
  const done = useReminderDone()
  const resume = useResumeReminders()
  const [note, setNote] = useState('')
  const resumeRef = useRef<HTMLButtonElement>(null)
  const pauseRef = useRef<HTMLDivElement>(null)
  // Re-rendered each minute so "tomorrow at" and pause labels stay right past midnight,
  // and when main's clock is first read (the live-timer query carries it).
  useNow(60_000)
  useQuery(journalQueries.live())
  const now = mainNow()
  const paused = state.data?.snapshot.pause != null
  const focusAfterChange = useRef(false)
  useLayoutEffect(() => {
    // Pause and Resume replace each other; keep the keyboard on the one now shown.
    if (!focusAfterChange.current) return
    focusAfterChange.current = false
    ;(paused ? resumeRef.current : pauseRef.current?.querySelector('button'))?.focus()
  }, [paused])
  if (!state.data) return null
  const { pause, upcoming } = state.data.snapshot
  const unit = settings.data?.settings.waterUnit ?? 'glasses'

  const act = (kind: 'move' | 'hydrate') => {
    if (done.isPending) return
    done.mutate(kind, {
      onSuccess: ({ waterMl }) => {
        setNote(
          waterMl === null
            ? 'Noted. The move reminder starts again from now.'
            : `Noted. Water today: ${waterLabel(waterMl, unit)}.`,
        )
      },
    })
  }

  return (
    <section className="rm-status" aria-labelledby="rm-status-title">
      <h2 id="rm-status-title" className="rm-status__title">
        <BellIcon size={16} /> Reminders
      </h2>
      {pause ? (
        <>
          <p className="rm-status__line">{pauseLabel(pause, now, browserOffsetMin)}</p>
          <Button
            ref={resumeRef}
            className="rm-status__button"
            aria-disabled={resume.isPending || undefined}
            onClick={() => {
              if (resume.isPending) return
              focusAfterChange.current = true
              resume.mutate()
            }}
          >
            Resume reminders
          </Button>
        </>
      ) : (
        <>
          {upcoming.length === 0 ? (
            <p className="rm-status__line">None coming up.</p>
          ) : (
            <ul className="rm-status__next" aria-label="Next reminders">
              {upcoming.slice(0, 3).map((r) => (
                <li key={r.kind}>
                  {reminderKinds[r.kind].label} {atLabel(r.at, now, browserOffsetMin)}
                </li>
              ))}
            </ul>
          )}
          <div ref={pauseRef}>
            <PauseMenu
              onPausing={() => {
                focusAfterChange.current = true
              }}
            />
          </div>
        </>
      )}
      <Button
        className="rm-status__button"
        onClick={() => {
          act('move')
        }}
      >
        {reminderKinds.move.doneLabel}
      </Button>
      <Button
        className="rm-status__button"
        onClick={() => {
          act('hydrate')
        }}
      >
        {reminderKinds.hydrate.doneLabel}
      </Button>
      <p className="rm-status__note" role="status">
        {note}
      </p>
    </section>
  )
}
