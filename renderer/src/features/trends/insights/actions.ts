import type { ActionId } from '@shared/contract/trends'
import type { ReminderSettings } from '@shared/domain/reminders'
import { BUILT_IN_IDS } from '@shared/domain/routines/catalogue'
import { playPath } from '@renderer/features/routines'

/** What a pattern's one-click action does, as the card shows and runs it. */
export type ActionPlan =
  | { kind: 'link'; id: ActionId; label: string; to: string }
  | {
      kind: 'reminder'
      id: ActionId
      label: string
      /** Already so: the card says this instead of offering the button. */
      doneText: string | null
      next: ReminderSettings | null
    }

/** Weekend days: when a warm-up reminder most often matters for a "weekend warrior". */
const WEEKEND: ReminderSettings['warm_up']['days'] = ['sat', 'sun']

/**
 * Maps an action id to what it does with the user's current reminder
 * settings. Null settings (still loading) give a null `next`, so the button
 * waits.
 */
export function planAction(id: ActionId, reminders: ReminderSettings | null): ActionPlan {
  const reminder = (
    label: string,
    on: (r: ReminderSettings) => boolean,
    doneText: string,
    turnOn: (r: ReminderSettings) => ReminderSettings,
  ): ActionPlan => ({
    kind: 'reminder',
    id,
    label,
    doneText: reminders && on(reminders) ? doneText : null,
    next: reminders ? turnOn(reminders) : null,
  })
  switch (id) {
    case 'enable-bedtime-reminder':
      return reminder(
        'Turn on the bedtime reminder',
        (r) => r.bedtime.enabled,
        `The bedtime reminder is on${reminders ? ` (${reminders.bedtime.at})` : ''}.`,
        (r) => ({ ...r, bedtime: { ...r.bedtime, enabled: true } }),
      )
    case 'enable-warm-up-reminder':
      return reminder(
        'Turn on a warm-up reminder',
        (r) => r.warm_up.enabled,
        'The warm-up reminder is on.',
        (r) => ({
          ...r,
          warm_up: {
            ...r.warm_up,
            enabled: true,
            days: r.warm_up.days.length > 0 ? r.warm_up.days : WEEKEND,
          },
        }),
      )
    case 'enable-move-reminder':
      return reminder(
        'Turn on the reminder to move',
        (r) => r.move.enabled,
        'The reminder to move is on.',
        (r) => ({ ...r, move: { ...r.move, enabled: true } }),
      )
    case 'enable-water-reminder':
      return reminder(
        'Turn on the water reminder',
        (r) => r.hydrate.enabled,
        'The water reminder is on.',
        (r) => ({ ...r, hydrate: { ...r.hydrate, enabled: true } }),
      )
    case 'start-bedtime-routine':
      return {
        kind: 'link',
        id,
        label: 'Start the bedtime routine',
        to: playPath(BUILT_IN_IDS.bedtime, 'routines'),
      }
    case 'start-warm-up':
      return {
        kind: 'link',
        id,
        label: 'Start the warm-up routine',
        to: playPath(BUILT_IN_IDS.warmUp, 'routines'),
      }
    case 'start-strength':
      return {
        kind: 'link',
        id,
        label: 'Start the strength routine',
        to: playPath(BUILT_IN_IDS.strength, 'routines'),
      }
    case 'open-check-in':
      return { kind: 'link', id, label: 'Open today’s check-in', to: '/check-in' }
    case 'see-professional':
    case 'open-report':
      return { kind: 'link', id, label: 'Prepare a report for a clinician', to: '/trends/report' }
  }
}

/** Two actions that lead to the same place show once. */
export function uniquePlans(plans: ActionPlan[]): ActionPlan[] {
  const seen = new Set<string>()
  return plans.filter((p) => {
    const key = p.kind === 'link' ? p.to : p.id
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
