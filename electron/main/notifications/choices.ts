import type { ReminderResponse, ShownReminder } from '../../../shared/domain/reminders'

/** The answers a reminder notification offers as buttons. */
export type ReminderChoice = 'start' | 'snooze' | 'skip'

export interface ReminderButton {
  choice: ReminderChoice
  label: string
}

const SNOOZE_MIN = 10

/**
 * Buttons only where Electron can show them on a plain notification (macOS).
 * Elsewhere the notification just opens the app, whose in-app prompt offers
 * the same three choices.
 */
export function reminderButtons(
  reminder: ShownReminder,
  platform: NodeJS.Platform,
): ReminderButton[] {
  if (platform !== 'darwin') return []
  const start = reminder.opens.type === 'routine' ? 'Start' : 'Open'
  return [
    { choice: 'start', label: start },
    ...(reminder.snoozeChoices.includes(SNOOZE_MIN)
      ? [{ choice: 'snooze' as const, label: `Snooze ${SNOOZE_MIN} min` }]
      : []),
    { choice: 'skip', label: 'Skip' },
  ]
}

/**
 * What a choice answers. Starting a routine answers the reminder; opening a
 * screen (Today, the check-in) does not: the in-app prompt there still asks.
 */
export function responseFor(
  choice: ReminderChoice,
  reminder: ShownReminder,
): ReminderResponse | null {
  switch (choice) {
    case 'start':
      return reminder.opens.type === 'routine' ? { type: 'routine_started' } : null
    case 'snooze':
      return { type: 'snoozed', minutes: SNOOZE_MIN }
    case 'skip':
      return { type: 'skipped' }
  }
}

/** Electron's `close` event reason: Windows gives one; macOS and Linux give none. */
export type CloseReason = 'userCanceled' | 'applicationHidden' | 'timedOut' | undefined

/**
 * Whether a notification's closing was the user dismissing the reminder.
 * Only Windows says so ('userCanceled'). A toast that timed out (Windows
 * after about 5 s, Linux daemons on their own timeout) or a close with no
 * reason is not an answer: the reminder stays waiting in the app, since
 * recording a dismissal nobody made would hide the prompt they never saw.
 */
export function closeIsDismissal(reason: CloseReason): boolean {
  return reason === 'userCanceled'
}
