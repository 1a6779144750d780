import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Session } from '@shared/domain/routines/history'
import { sessionLength, sessionStepsText, sessionWhen } from '../format'
import { HISTORY_DAYS, routinesQueries } from '../queries'

const SHOWN = 10

const sourceLabels: Record<Session['source'], string | null> = {
  routines: null,
  today: 'from Today',
  tray: 'from the tray',
  reminder: 'from a reminder',
  cramp_now: 'from Cramp now',
}

/** The latest sessions, newest first; stopping early is recorded, never judged. */
export function HistorySection() {
  const sessions = useQuery(routinesQueries.sessions())
  const [now] = useState(() => Date.now())
  const list = sessions.data ?? []
  return (
    <section className="routines-section" aria-labelledby="history-title">
      <div className="rt-section-heading">
        <h2 id="history-title">Recent sessions</h2>
        <p className="rt-section-heading__hint">The last {HISTORY_DAYS} days.</p>
      </div>
      {sessions.isPending ? (
        <p role="status" className="rt-muted">
          Loading your history…
        </p>
      ) : list.length === 0 ? (
        <p className="rt-muted">
          Nothing yet. When you finish or stop a routine, it shows up here.
        </p>
      ) : (
        <ul className="history-list">
          {list.slice(0, SHOWN).map((session) => (
            <li key={session.id} className="history-item">
              <div className="history-item__main">
                <span className="history-item__name">{session.routineName}</span>
                <span className="history-item__when">{sessionWhen(session, now)}</span>
              </div>
              <p className="history-item__detail">
                <span
                  className={`tag ${session.status === 'completed' ? 'rt-tag--success' : ''}`.trim()}
                >
                  {session.status === 'completed' ? 'Completed' : 'Stopped early'}
                </span>{' '}
                {sessionLength(session)} · {sessionStepsText(session)} done
                {sourceLabels[session.source] ? ` · ${sourceLabels[session.source]}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
