import { z } from 'zod'
import { clockMinutes, isNightMinute } from '../local-time'
import { ClockTime } from '../settings'
import { BusySettings, defaultBusySettings } from './busy'

/** The independent reminders (issue 5). Move and hydrate are the desk reminders. */
export const ReminderKind = z.enum(['move', 'hydrate', 'bedtime', 'warm_up', 'morning_checkin'])
export type ReminderKind = z.infer<typeof ReminderKind>

export const DeskKind = z.enum(['move', 'hydrate'])
export type DeskKind = z.infer<typeof DeskKind>

/** Reminders set for a wall-clock time rather than an interval. */
export const ClockKind = z.enum(['bedtime', 'warm_up', 'morning_checkin'])
export type ClockKind = z.infer<typeof ClockKind>

export function isDeskKind(kind: ReminderKind): kind is DeskKind {
  return kind === 'move' || kind === 'hydrate'
}

/** Readable in the stored JSON and independent of any locale's first weekday. */
export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
export type Weekday = z.infer<typeof Weekday>

const Weekdays = z
  .array(Weekday)
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'Each day can be picked once')

const minutes = (what: string, min: number, max: number) =>
  z
    .number({ error: `Enter the ${what} in minutes` })
    .int('Use whole minutes')
    .min(min, `Choose at least ${min} minutes`)
    .max(max, `Choose at most ${max} minutes`)

export const MoveSettings = z.strictObject({
  enabled: z.boolean(),
  /** Minutes of sitting (at the desk, within working hours) before "time to move". */
  afterMin: minutes('sitting time', 10, 180),
  /**
   * At a sit-stand desk: alternate "stand up" and "sit down" instead of the
   * usual lines. Missing in settings saved before it existed: off.
   */
  sitStand: z.boolean().default(false),
})

export const HydrateSettings = z.strictObject({
  enabled: z.boolean(),
  everyMin: minutes('interval', 15, 240),
})

export const ClockReminderSettings = z.strictObject({ enabled: z.boolean(), at: ClockTime })

export const WarmUpSettings = z.strictObject({
  enabled: z.boolean(),
  at: ClockTime,
  days: Weekdays,
})

export const WorkHours = z.strictObject({
  days: Weekdays,
  start: ClockTime,
  end: ClockTime,
})
export type WorkHours = z.infer<typeof WorkHours>

export const QuietHours = z.strictObject({
  enabled: z.boolean(),
  /** May be later than `end`: the window then wraps past midnight. */
  start: ClockTime,
  end: ClockTime,
})
export type QuietHours = z.infer<typeof QuietHours>

/**
 * One schema per section, so a stored section that no longer parses falls
 * back to its default alone (as the app settings do per key).
 */
export const reminderSettingFields = {
  move: MoveSettings,
  hydrate: HydrateSettings,
  bedtime: ClockReminderSettings,
  warm_up: WarmUpSettings,
  morning_checkin: ClockReminderSettings,
  /** Move and hydrate only fire on these days, between these times. */
  workHours: WorkHours,
  /** Nothing fires in here, whatever its kind. */
  quietHours: QuietHours,
  /** System idle this long counts as a break away from the desk. */
  idleThresholdMin: minutes('idle time', 1, 60),
  /**
   * Hold reminders while the user is busy (issue 17). Defaulted so settings
   * and export files from before it still parse.
   */
  busy: BusySettings.default(defaultBusySettings),
} as const

/** Shape only: what is stored and what the scheduler accepts. */
export const ReminderSettings = z.strictObject(reminderSettingFields)
export type ReminderSettings = z.infer<typeof ReminderSettings>

export const defaultReminderSettings: ReminderSettings = {
  move: { enabled: true, afterMin: 45, sitStand: false },
  hydrate: { enabled: true, everyMin: 60 },
  bedtime: { enabled: true, at: '22:00' },
  warm_up: { enabled: false, at: '18:00', days: [] },
  morning_checkin: { enabled: true, at: '08:00' },
  workHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30' },
  quietHours: { enabled: true, start: '22:30', end: '07:00' },
  idleThresholdMin: 5,
  busy: defaultBusySettings,
}

const clockKindLabels: Record<ClockKind, string> = {
  bedtime: 'bedtime stretch',
  warm_up: 'warm-up',
  morning_checkin: 'morning check-in',
}

/**
 * Cross-field rules for what the user saves (Settings, first run). Quiet
 * hours win over every reminder, so a clock-time reminder set inside them
 * would never fire: say so instead of letting it be silently swallowed.
 */
function checkReminderSettings(s: ReminderSettings, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message })
  }
  if (clockMinutes(s.workHours.end) <= clockMinutes(s.workHours.start)) {
    issue(['workHours', 'end'], 'Working hours must end after they start')
  }
  if ((s.move.enabled || s.hydrate.enabled) && s.workHours.days.length === 0) {
    issue(
      ['workHours', 'days'],
      'Choose at least one working day, or turn off the move and water reminders',
    )
  }
  if (s.warm_up.enabled && s.warm_up.days.length === 0) {
    issue(['warm_up', 'days'], 'Choose at least one day for the warm-up reminder')
  }
  const q = s.quietHours
  if (q.start === q.end)
    issue(['quietHours', 'end'], 'Quiet hours must end at a different time than they start')
  if (!q.enabled || q.start === q.end) return
  for (const kind of ClockKind.options) {
    const r = s[kind]
    if (r.enabled && isNightMinute(clockMinutes(r.at), q)) {
      issue(
        [kind, 'at'],
        `${r.at} is inside quiet hours (${q.start}–${q.end}), so the ${clockKindLabels[kind]} reminder would never show. Choose a time outside them or change quiet hours.`,
      )
    }
  }
}

/** What the user saves: the shape plus the cross-field rules. */
export const ReminderSettingsInput = ReminderSettings.superRefine(checkReminderSettings)
