import { Button } from '@renderer/components/Button'
import { useNavigate } from 'react-router'
import type { ShownReminder } from '@shared/domain/reminders'
import { playPath } from '@renderer/features/routines'
import { useReminderDone, useRespondToReminder } from '../queries'
import { BellIcon } from './icons'

/**
 * One reminder on screen, with the same choices a notification offers:
 * start (or "I drank water"), snooze, skip. It never takes focus: the user
 * may be typing elsewhere, and it waits until they get to it.
 */
export function ReminderPrompt({
  reminder,
  onAnswered,
}: {
  reminder: ShownReminder
  onAnswered: () => void
}) {
  const navigate = useNavigate()
  const respond = useRespondToReminder()
  const done = useReminderDone()
  const busy = respond.isPending || done.isPending
  const titleId = `reminder-${reminder.id}-title`

  const answer = (response: Parameters<typeof respond.mutate>[0]['response']) => {
    if (busy) return
    respond.mutate({ id: reminder.id, response })
    onAnswered()
  }

  const start = () => {
    const opens = reminder.opens
    if (opens.type === 'routine') {
      answer({ type: 'routine_started' })
      void navigate(playPath(opens.routineId, 'reminder'))
    } else if (reminder.kind === 'hydrate') {
      // Answers the reminder and adds a glass to today's check-in, as the tray does.
      if (!busy) done.mutate('hydrate')
      onAnswered()
    } else {
      answer({ type: 'done' })
      void navigate(opens.screen === 'check-in' ? '/check-in' : '/today')
    }
  }

  return (
    <section className="rm-prompt" aria-labelledby={titleId}>
      <span className="rm-prompt__icon">
        <BellIcon />
      </span>
      <div className="rm-prompt__body">
        <h2 id={titleId} className="rm-prompt__title">
          {reminder.message.title}
        </h2>
        <p className="rm-prompt__text">{reminder.message.body}</p>
      </div>
      <div className="rm-prompt__actions">
        <Button tone="primary" aria-disabled={busy || undefined} onClick={start}>
          {startLabel(reminder)}
        </Button>
        <div className="rm-prompt__snooze" role="group" aria-label="Snooze">
          <span className="rm-prompt__snooze-label" aria-hidden="true">
            Snooze
          </span>
          {reminder.snoozeChoices.map((minutes) => (
            <Button
              key={minutes}

              aria-label={`Snooze ${minutes} minutes`}
              aria-disabled={busy || undefined}
              onClick={() => {
                answer({ type: 'snoozed', minutes })
              }}
            >
              {minutes} min
            </Button>
          ))}
        </div>
        <Button
          tone="quiet"
          aria-disabled={busy || undefined}
          onClick={() => {
            answer({ type: 'skipped' })
          }}
        >
          Skip
        </Button>
      </div>
    </section>
  )
}

const startLabels: Record<ShownReminder['kind'], string> = {
  move: 'Start desk break',
  hydrate: 'I drank water',
  bedtime: 'Start bedtime stretch',
  warm_up: 'Start warm-up',
  morning_checkin: 'Check in',
}

function startLabel(reminder: ShownReminder): string {
  return startLabels[reminder.kind]
}
