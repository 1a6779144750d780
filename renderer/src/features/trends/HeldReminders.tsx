import { useQuery } from '@tanstack/react-query'
import { differenceInCalendarDays, format, parseISO } from 'date-fns'
import { localDate, toLocal } from '@shared/domain/local-time'
import { busySignalLabels, reminderKinds, type ReminderRecord } from '@shared/domain/reminders'
import { invoke } from '@renderer/lib/ipc'
import { plural } from './format'
import './HeldReminders.css'

/** The most rows listed; the count above says how many there were in all. */
const SHOWN = 8

/** Reminders held while the user was busy whose moment passed, newest first, within from..to. */
export function heldIn(rows: readonly ReminderRecord[], from: string, to: string) {
  return rows.filter((r) => {
    if (r.outcome !== 'held') return false
    const day = localDate({ at: r.dueAt, utcOffsetMin: r.utcOffsetMin })
    return day >= from && day <= to
  })
}

/**
 * Trends' reminder history for held reminders: which ones waited through a
 * call or full screen until their moment passed, and what held them. Shows
 * nothing when there were none.
 */
export function HeldReminders({ from, to }: { from: string; to: string }) {
  const days = Math.max(1, differenceInCalendarDays(new Date(), parseISO(from)) + 1)
  const history = useQuery({
    queryKey: ['reminders', 'history', days],
    queryFn: () => invoke('reminders:history', { days }),
    meta: { errorToast: false },
  })
  const held = heldIn(history.data ?? [], from, to)
  if (held.length === 0) return null
  return (
    <section className="trends-held" aria-labelledby="trends-held-title">
      <h3 id="trends-held-title">Reminders held while you were busy</h3>
      <p className="trends-muted">
        {plural(held.length, 'reminder')} came due during a call, a presentation or full screen and{' '}
        {held.length === 1 ? 'was' : 'were'} left out once the moment had passed.
      </p>
      <ul className="trends-held__list">
        {held.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <span className="trends-held__when">
              {format(toLocal({ at: r.dueAt, utcOffsetMin: r.utcOffsetMin }), 'EEE d MMM, HH:mm')}
            </span>{' '}
            {reminderKinds[r.kind].label},{' '}
            {r.heldBy ? busySignalLabels[r.heldBy].heldDuring : 'held'}
          </li>
        ))}
      </ul>
    </section>
  )
}
