import type { ReactNode } from 'react'

interface KindCardProps {
  id: string
  label: string
  description: string
  enabled: boolean
  onToggle: (enabled: boolean) => void
  /** A problem in the schedule keeps it on screen even while the reminder is off. */
  hasError?: boolean
  /** Shown whether the reminder is on or off (e.g. an experiment deciding it). */
  note?: ReactNode
  children: ReactNode
}

/**
 * One reminder kind: its on/off switch (a real checkbox) and, while on, its
 * schedule. Turning it off keeps the schedule in the draft, so turning it
 * back on restores it; an off reminder asks for nothing.
 */
export function KindCard({
  id,
  label,
  description,
  enabled,
  onToggle,
  hasError = false,
  note,
  children,
}: KindCardProps) {
  return (
    <div className={`rm-kind${enabled ? '' : ' rm-kind--off'}`}>
      <div className="rm-kind__head">
        <input
          id={id}
          type="checkbox"
          className="rm-switch"
          role="switch"
          checked={enabled}
          aria-describedby={`${id}-desc`}
          onChange={(event) => {
            onToggle(event.target.checked)
          }}
        />
        <div>
          <label htmlFor={id} className="rm-kind__label">
            {label}
          </label>
          <p id={`${id}-desc`} className="field__hint">
            {description}
          </p>
          {note}
        </div>
      </div>
      {enabled || hasError ? <div className="rm-kind__fields">{children}</div> : null}
    </div>
  )
}
