import { Notification } from 'electron'
import type { ShownReminder } from '../../../shared/domain/reminders'
import type { ReminderControls } from '../../services/reminders/controls'
import type { AppActions } from '../desk/app-actions'
import { closeIsDismissal, reminderButtons, responseFor, type ReminderChoice } from './choices'

export interface ReminderNotificationOptions {
  platform: NodeJS.Platform
  app: Pick<AppActions, 'navigate' | 'startRoutine'>
  /** The system refused to show one (macOS and Windows report it); the in-app prompt still asks. */
  onFailed: (error: string) => void
  onError: (context: string, error: unknown) => void
}

/**
 * Shows each reminder as a native notification and answers it from there.
 * Returns a function that stops and closes whatever is still on screen.
 */
export function showReminderNotifications(
  controls: ReminderControls,
  options: ReminderNotificationOptions,
): () => void {
  if (!Notification.isSupported()) return () => {}
  // Held until answered: a notification that is garbage-collected stops
  // delivering its click and close events.
  const open = new Map<string, Notification>()

  /** Forget it first, so the close event that follows is not read as an answer. */
  const settle = (id: string, notification: Notification): boolean => {
    if (open.get(id) !== notification) return false
    open.delete(id)
    return true
  }

  const choose = (reminder: ShownReminder, choice: ReminderChoice): void => {
    const response = responseFor(choice, reminder)
    if (response) controls.respond(reminder.id, response)
    if (choice !== 'start') return
    const target = reminder.opens
    if (target.type === 'routine') options.app.startRoutine(target.routineId, 'reminder')
    else options.app.navigate(target.screen)
  }

  const show = (reminder: ShownReminder): void => {
    const buttons = reminderButtons(reminder, options.platform)
    const notification = new Notification({
      title: reminder.message.title,
      body: reminder.message.body,
      actions: buttons.map(({ label }) => ({ type: 'button', text: label })),
    })
    open.set(reminder.id, notification)
    notification.on('click', () => {
      if (settle(reminder.id, notification)) choose(reminder, 'start')
    })
    notification.on('action', (_event, index) => {
      const button = buttons[index]
      if (button && settle(reminder.id, notification)) choose(reminder, button.choice)
    })
    notification.on('close', (details) => {
      // A toast that only timed out stays held: on Windows it waits in the
      // Action Center, where a click still answers it, and answering in the
      // app later clears it from there.
      if (closeIsDismissal(details.reason) && settle(reminder.id, notification)) {
        controls.respond(reminder.id, { type: 'dismissed' })
      }
    })
    notification.on('failed', (_event, error) => {
      if (settle(reminder.id, notification)) options.onFailed(error)
    })
    notification.show()
  }

  const tryShow = (reminder: ShownReminder): void => {
    try {
      show(reminder)
    } catch (error) {
      // The in-app prompt still offers it.
      options.onError('Could not show a reminder notification', error)
    }
  }
  const offShown = controls.onShown(tryShow)
  // Answered in the app or the tray, or replaced: take it off the screen.
  const offState = controls.subscribe((state) => {
    const stillShown = new Set(state.shown.map((reminder) => reminder.id))
    for (const [id, notification] of [...open]) {
      if (!stillShown.has(id) && settle(id, notification)) notification.close()
    }
  })
  // Reminders that showed before these notifications were attached (the
  // database was reopened as one fired) still wait for an answer.
  for (const reminder of controls.state().shown) tryShow(reminder)
  return () => {
    offShown()
    offState()
    const left = [...open.values()]
    open.clear()
    for (const notification of left) notification.close()
  }
}
