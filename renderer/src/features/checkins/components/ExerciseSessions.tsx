import { Button } from '@renderer/components/Button'
import { useLayoutEffect, useRef } from 'react'
import { TextField } from '@renderer/components/TextField'
import { newSession, type CheckInErrors, type SessionDraft } from '../draft'

/** The contract allows up to ten sessions a day. */
const MAX_SESSIONS = 10

const effortNames: Record<number, string> = { 1: 'very easy', 5: 'moderate', 10: 'all-out' }

const flags = [
  { key: 'hardOrNew', label: 'Unusually hard or new' },
  { key: 'warmedUp', label: 'Warmed up first' },
  { key: 'cooledDown', label: 'Cooled down after' },
  { key: 'hot', label: 'Hot conditions or heavy sweating' },
] as const

interface ExerciseSessionsProps {
  sessions: SessionDraft[]
  errors: CheckInErrors
  onChange: (sessions: SessionDraft[]) => void
}

/** Today's exercise, one small group of fields per session. */
export function ExerciseSessions({ sessions, errors, onChange }: ExerciseSessionsProps) {
  const addRef = useRef<HTMLButtonElement>(null)
  // Where focus goes after adding or removing, so keyboard users stay oriented.
  // Set on click, applied once the list has re-rendered.
  const focusTarget = useRef<number | 'add' | null>(null)
  useLayoutEffect(() => {
    const target = focusTarget.current
    if (target === null) return
    focusTarget.current = null
    if (target === 'add') addRef.current?.focus()
    else document.getElementById(`session-${target}-type`)?.focus()
  })

  const update = (key: number, patch: Partial<SessionDraft>) => {
    onChange(sessions.map((s) => (s.key === key ? { ...s, ...patch } : s)))
  }

  return (
    <div className="sessions">
      {sessions.length === 0 ? (
        <p className="field__hint">No exercise added for this day.</p>
      ) : null}
      {sessions.map((session, i) => {
        const n = i + 1
        const prefix = `session-${session.key}`
        return (
          <fieldset key={session.key} className="fieldset session">
            <legend className="fieldset__legend session__legend">Exercise {n}</legend>
            <div className="session__fields">
              <TextField
                id={`${prefix}-type`}
                label="What you did"
                placeholder="e.g. running, cycling, squats"
                value={session.type}
                maxLength={60}
                autoComplete="off"
                error={errors[`exercise.${i}.type`]}
                onValueChange={(type) => {
                  update(session.key, { type })
                }}
              />
              <TextField
                id={`${prefix}-minutes`}
                label="Minutes"
                className="input--short"
                inputMode="numeric"
                autoComplete="off"
                value={session.minutes}
                error={errors[`exercise.${i}.minutes`]}
                onValueChange={(minutes) => {
                  update(session.key, { minutes })
                }}
              />
              <div className="field">
                <label className="field__label" htmlFor={`${prefix}-effort`}>
                  Effort
                </label>
                <select
                  id={`${prefix}-effort`}
                  className="select"
                  value={session.effort}
                  onChange={(event) => {
                    update(session.key, { effort: Number(event.target.value) })
                  }}
                >
                  {Array.from({ length: 10 }, (_, k) => k + 1).map((effort) => (
                    <option key={effort} value={effort}>
                      {effort}
                      {effortNames[effort] ? ` – ${effortNames[effort]}` : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="choices session__flags">
              {flags.map((flag) => (
                <label key={flag.key} className="choice choice--check">
                  <input
                    type="checkbox"
                    checked={session[flag.key]}
                    onChange={(event) => {
                      update(session.key, { [flag.key]: event.target.checked })
                    }}
                  />
                  {flag.label}
                </label>
              ))}
            </div>
            <div>
              <Button
                tone="quiet"
                className="session__remove"
                onClick={() => {
                  onChange(sessions.filter((s) => s.key !== session.key))
                  focusTarget.current = 'add'
                }}
              >
                Remove exercise {n}
              </Button>
            </div>
          </fieldset>
        )
      })}
      {sessions.length < MAX_SESSIONS ? (
        <div>
          <Button
            ref={addRef}

            onClick={() => {
              const session = newSession()
              onChange([...sessions, session])
              focusTarget.current = session.key
            }}
          >
            <span aria-hidden="true">+</span> Add exercise
          </Button>
        </div>
      ) : null}
    </div>
  )
}
