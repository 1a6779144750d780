import { Button, buttonClass } from '@renderer/components/Button'
import { useLayoutEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { SessionRecord } from '@shared/domain/routines/session'
import { secondsText } from '../format'
import { CheckIcon, RestartIcon } from '../components/icons'

export type SaveState =
  { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string }

interface SummaryPanelProps {
  record: SessionRecord
  save: SaveState
  onRetrySave: () => void
  onAgain: () => void
}

/** A calm ending: what was done, saved to history. Stopping early is fine too. */
export function SummaryPanel({ record, save, onRetrySave, onAgain }: SummaryPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    heading.current?.focus()
  }, [])
  const done = record.steps.filter((s) => s.outcome === 'done').length
  const completed = record.status === 'completed'
  const minutes = secondsText((record.endedAtMs - record.startedAtMs) / 1000)
  return (
    <section className="player-summary" aria-labelledby="player-summary-title">
      <span className="player-summary__mark" aria-hidden="true">
        <CheckIcon size={36} />
      </span>
      <h2 id="player-summary-title" ref={heading} tabIndex={-1}>
        {completed ? 'Routine complete' : 'Stopped early'}
      </h2>
      <p className="player-summary__lead">
        {completed
          ? 'Nicely done. Take a moment before you get up.'
          : 'That’s fine: every bit of stretching counts.'}
      </p>
      <dl className="player-summary__stats">
        <div>
          <dt>Time</dt>
          <dd>{minutes}</dd>
        </div>
        <div>
          <dt>Steps done</dt>
          <dd>
            {done} of {record.steps.length}
          </dd>
        </div>
      </dl>
      <p className="player-summary__save" role="status">
        {save.state === 'saving'
          ? 'Saving to your history…'
          : save.state === 'saved'
            ? 'Saved to your history.'
            : null}
      </p>
      {save.state === 'failed' ? (
        <div className="notice notice--warning" role="alert">
          <div className="notice__body">
            <p className="notice__title">This session isn’t in your history yet</p>
            <p>{save.message}</p>
            <div>
              <Button onClick={onRetrySave}>Try saving again</Button>
            </div>
          </div>
        </div>
      ) : null}
      <div className="form-actions player-summary__actions">
        <Link to="/routines" className={buttonClass({ tone: 'primary' })}>
          Back to routines
        </Link>
        <Button onClick={onAgain}>
          <RestartIcon size={16} />
          Do it again
        </Button>
      </div>
    </section>
  )
}
