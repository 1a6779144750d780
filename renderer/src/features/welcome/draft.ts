import '@renderer/lib/zod-csp'
import type { ReminderSettings } from '@shared/domain/reminders'
import { settingFields, type Settings, type WaterUnit } from '@shared/domain/settings'
import {
  checkDraft,
  draftFrom,
  type DraftErrors,
  type ReminderDraft,
} from '@renderer/features/reminders'
import { formatTarget, parseTarget } from '@renderer/features/settings'

/** Everything the welcome asks, as typed; saved together on Finish. */
export interface WelcomeDraft {
  reminders: ReminderDraft
  nightStart: string
  nightEnd: string
  waterUnit: WaterUnit
  waterTarget: string
  launchAtLogin: boolean
}

export function welcomeDraftFrom(settings: Settings, reminders: ReminderSettings): WelcomeDraft {
  return {
    reminders: draftFrom(reminders),
    nightStart: settings.nightStart,
    nightEnd: settings.nightEnd,
    waterUnit: settings.waterUnit,
    waterTarget: formatTarget(settings.waterTargetMl, settings.waterUnit),
    launchAtLogin: settings.launchAtLogin,
  }
}

export const welcomeSteps = ['intro', 'work', 'night', 'water', 'reminders'] as const
export type WelcomeStep = (typeof welcomeSteps)[number]

/** Reminder problems that belong on a step, by the start of their path. */
const reminderPaths: Partial<Record<WelcomeStep, readonly string[]>> = {
  work: ['workHours'],
  reminders: ['move', 'hydrate', 'bedtime', 'warm_up', 'morning_checkin', ''],
}

/** The problems on one step, with the same messages Settings and main give. */
export function stepErrors(step: WelcomeStep, draft: WelcomeDraft): DraftErrors {
  const out: DraftErrors = {}
  const prefixes = reminderPaths[step]
  if (prefixes) {
    const check = checkDraft(draft.reminders)
    if (!check.ok) {
      for (const [path, message] of Object.entries(check.errors)) {
        if (prefixes.includes(path.split('.')[0] ?? '')) out[path] = message
      }
    }
  }
  if (step === 'night') {
    for (const key of ['nightStart', 'nightEnd'] as const) {
      const result = settingFields[key].safeParse(draft[key].trim())
      if (!result.success) out[key] = result.error.issues[0]?.message ?? 'Check this time'
    }
  }
  if (step === 'water') {
    const parsed = parseTarget(draft.waterTarget, draft.waterUnit)
    const result = parsed.ok ? settingFields.waterTargetMl.safeParse(parsed.ml) : null
    if (!parsed.ok) out.waterTargetMl = parsed.message
    else if (result && !result.success)
      out.waterTargetMl = result.error.issues[0]?.message ?? 'Check the target'
  }
  return out
}

/** What Finish saves: the app settings (welcome marked done) and the reminders. */
export function toSave(draft: WelcomeDraft) {
  const reminders = checkDraft(draft.reminders)
  const water = parseTarget(draft.waterTarget, draft.waterUnit)
  if (!reminders.ok || !water.ok) return null
  return {
    reminders: reminders.settings,
    settings: {
      nightStart: draft.nightStart.trim(),
      nightEnd: draft.nightEnd.trim(),
      waterUnit: draft.waterUnit,
      waterTargetMl: water.ml,
      launchAtLogin: draft.launchAtLogin,
      welcomeDone: true,
    } satisfies Partial<Settings>,
  }
}
