import type { ActionId } from '../../../../../shared/contract/trends'
import type { ReminderSettings } from '../../../../../shared/domain/reminders'
import { BUILT_IN_IDS } from '../../../../../shared/domain/routines/catalogue'
import type { Settings } from '../../../../../shared/domain/settings'
import { playPath } from '../../routines/paths'
import { waterText } from '../format'

/** One step up: a glass (250 ml) more a day, within the range Settings allows. */
export const WATER_STEP_ML = 250
export const WATER_MAX_ML = 6000

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
  | {
      kind: 'settings'
      id: ActionId
      label: string
      doneText: string | null
      patch: Partial<Settings> | null
    }

/** Weekend days: when a warm-up reminder most often matters for a "weekend warrior". */
const WEEKEND: ReminderSettings['warm_up']['days'] = ['sat', 'sun']

/**
 * Maps an action id to what it does with the user's current settings. Null
 * settings (still loading) give null `next`/`patch`, so the button waits.
 */
export function planAction(
  id: ActionId,
  reminders: ReminderSettings | null,
  settings: Settings | null,
): ActionPlan {
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
    case 'raise-water-target':
      return raiseWater(settings)
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

function raiseWater(settings: Settings | null): ActionPlan {
  const id = 'raise-water-target'
  if (!settings)
    return { kind: 'settings', id, label: 'Raise my water target', doneText: null, patch: null }
  const unit = settings.waterUnit
  const current = settings.waterTargetMl
  if (current >= WATER_MAX_ML) {
    return {
      kind: 'settings',
      id,
      label: 'Raise my water target',
      doneText: `Your water target is already the highest Limber offers (${waterText(current, unit)}).`,
      patch: null,
    }
  }
  const next = Math.min(WATER_MAX_ML, current + WATER_STEP_ML)
  return {
    kind: 'settings',
    id,
    label: `Raise my water target to ${waterText(next, unit)}`,
    doneText: null,
    patch: { waterTargetMl: next },
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
