import '@renderer/lib/zod-csp'
import type { IpcIssue } from '@shared/contract/errors'
import {
  ReminderSettings as ReminderSettingsShape,
  ReminderSettingsInput,
  type ReminderSettings,
  type Weekday,
} from '@shared/domain/reminders'

/**
 * The Settings form's working copy: numbers stay as typed text, so a value
 * that does not parse is still on screen after a failed save.
 */
export interface ReminderDraft {
  move: { enabled: boolean; afterMin: string; sitStand: boolean }
  hydrate: { enabled: boolean; everyMin: string }
  bedtime: { enabled: boolean; at: string }
  warm_up: { enabled: boolean; at: string; days: Weekday[] }
  morning_checkin: { enabled: boolean; at: string }
  workHours: { days: Weekday[]; start: string; end: string }
  quietHours: { enabled: boolean; start: string; end: string }
  idleThresholdMin: string
  busy: { enabled: boolean; signals: ReminderSettings['busy']['signals']; maxHoldMin: string }
}

/** Field errors keyed by the dotted path main uses ("workHours.end"). */
export type DraftErrors = Record<string, string>

export function draftFrom(s: ReminderSettings): ReminderDraft {
  return {
    move: { enabled: s.move.enabled, afterMin: String(s.move.afterMin), sitStand: s.move.sitStand },
    hydrate: { enabled: s.hydrate.enabled, everyMin: String(s.hydrate.everyMin) },
    bedtime: { ...s.bedtime },
    warm_up: { ...s.warm_up, days: [...s.warm_up.days] },
    morning_checkin: { ...s.morning_checkin },
    workHours: { ...s.workHours, days: [...s.workHours.days] },
    quietHours: { ...s.quietHours },
    idleThresholdMin: String(s.idleThresholdMin),
    busy: { ...s.busy, signals: { ...s.busy.signals }, maxHoldMin: String(s.busy.maxHoldMin) },
  }
}

/** Whole minutes as typed; anything else becomes NaN so the schema's own message explains it. */
function minutes(text: string): number {
  const trimmed = text.trim()
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** What the draft would save (not yet checked). */
export function settingsFrom(d: ReminderDraft): ReminderSettings {
  return {
    move: {
      enabled: d.move.enabled,
      afterMin: minutes(d.move.afterMin),
      sitStand: d.move.sitStand,
    },
    hydrate: { enabled: d.hydrate.enabled, everyMin: minutes(d.hydrate.everyMin) },
    bedtime: { enabled: d.bedtime.enabled, at: d.bedtime.at.trim() },
    warm_up: { enabled: d.warm_up.enabled, at: d.warm_up.at.trim(), days: d.warm_up.days },
    morning_checkin: { enabled: d.morning_checkin.enabled, at: d.morning_checkin.at.trim() },
    workHours: {
      days: d.workHours.days,
      start: d.workHours.start.trim(),
      end: d.workHours.end.trim(),
    },
    quietHours: {
      enabled: d.quietHours.enabled,
      start: d.quietHours.start.trim(),
      end: d.quietHours.end.trim(),
    },
    idleThresholdMin: minutes(d.idleThresholdMin),
    busy: { ...d.busy, maxHoldMin: minutes(d.busy.maxHoldMin) },
  }
}

export type DraftCheck =
  | { ok: true; settings: ReminderSettings }
  | { ok: false; errors: DraftErrors; previewable: ReminderSettings | null }

/**
 * Checks the draft with the schema main saves with, so the messages (and
 * the cross-field rules) are the same. Settings that only break a
 * cross-field rule can still be previewed.
 */
export function checkDraft(draft: ReminderDraft): DraftCheck {
  const settings = settingsFrom(draft)
  const result = ReminderSettingsInput.safeParse(settings)
  if (result.success) return { ok: true, settings: result.data }
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const previewable = ReminderSettingsShape.safeParse(settings).success ? settings : null
  return { ok: false, errors: errorsFrom(issues), previewable }
}

/** The first message for each field; issues about the whole input land under ''. */
export function errorsFrom(issues: readonly IpcIssue[]): DraftErrors {
  const out: DraftErrors = {}
  for (const issue of issues) out[issue.path] ??= issue.message
  return out
}
