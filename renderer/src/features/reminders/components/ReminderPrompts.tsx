import { Button } from '@renderer/components/Button'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useLocation } from 'react-router'
import type { ShownReminder } from '@shared/domain/reminders'
import { reminderQueries } from '../queries'
import { ReminderPrompt } from './ReminderPrompt'
import '../reminders.css'

/** A routine in progress is not interrupted: reminders wait until it ends. */
const PLAYER = /^\/routines\/[^/]+\/play$/

/**
 * The in-app prompts for reminders that showed and still wait for an answer
 * (also after a reload). Announced politely; answered anywhere (tray,
 * notification, another window), they go away with `reminders:changed`.
 * More than one collapse into one compact stack: the newest, and "3
 * reminders" to show the rest. The stack sits in the page's flow above the
 * content, so it never covers a field or takes its clicks.
 */
export function ReminderPrompts() {
  const { pathname } = useLocation()
  const [expanded, setExpanded] = useState(false)
  const state = useQuery(reminderQueries.state())
  const shown = PLAYER.test(pathname) ? [] : (state.data?.shown ?? [])
  const newest = shown.reduce<ShownReminder | null>(
    (a, r) => (a === null || r.firedAt >= a.firedAt ? r : a),
    null,
  )

  const returnFocus = () => {
    // The pressed button is about to go; keep the keyboard in the content.
    document.getElementById('main-content')?.focus()
  }

  return (
    <>
      {/* Announced when the newest reminder changes, so screen readers hear it without a focus move. */}
      <p className="visually-hidden" role="status">
        {newest ? `Reminder: ${newest.message.title}` : ''}
      </p>
      {shown.length > 0 ? (
        <div className="rm-prompts" id="rm-prompts">
          {(expanded || !newest ? [...shown].reverse() : [newest]).map((reminder) => (
            <ReminderPrompt key={reminder.id} reminder={reminder} onAnswered={returnFocus} />
          ))}
          {shown.length > 1 ? (
            <div className="rm-prompts__stack">
              <span>{shown.length} reminders</span>
              <Button
                tone="quiet"
                aria-expanded={expanded}
                aria-controls="rm-prompts"
                onClick={() => {
                  setExpanded((e) => !e)
                }}
              >
                {expanded ? 'Show only the newest' : `Show all ${shown.length}`}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  )
}
