import type { LocalDay } from './zoned'
import type { ClockKind, ReminderKind, ReminderSettings } from './settings'

/**
 * Nights on which a running experiment decides the bedtime reminder, by
 * local date (YYYY-MM-DD): true on ON nights, false on OFF nights. Nights not
 * listed (before, after, the baseline week) follow the user's own setting,
 * which is never changed, so it is simply there again when the experiment
 * ends or is abandoned.
 */
export type BedtimeNights = Readonly<Record<string, boolean>>

interface NightsContext {
  settings: ReminderSettings
  bedtimeNights?: BedtimeNights | undefined
}

/** The local day as YYYY-MM-DD, the key of BedtimeNights. */
export function dayKey(day: LocalDay): string {
  const mm = String(day.month + 1).padStart(2, '0')
  const dd = String(day.date).padStart(2, '0')
  return `${day.year}-${mm}-${dd}`
}

/** Whether this clock-time reminder may show on that local day (the experiment overrides bedtime). */
export function clockKindOnDay(kind: ClockKind, day: LocalDay, ctx: NightsContext): boolean {
  if (kind !== 'bedtime') return ctx.settings[kind].enabled
  return ctx.bedtimeNights?.[dayKey(day)] ?? ctx.settings.bedtime.enabled
}

/** Whether a reminder can show at all: its own switch, or for bedtime any ON night still listed. */
export function kindMayBeOn(kind: ReminderKind, ctx: NightsContext): boolean {
  if (ctx.settings[kind].enabled) return true
  return kind === 'bedtime' && Object.values(ctx.bedtimeNights ?? {}).some(Boolean)
}

/** Days to look ahead for the next bedtime: past every listed night (an OFF period can last 16 nights). */
export function bedtimeHorizonDays(ctx: NightsContext, base: number): number {
  return base + Object.keys(ctx.bedtimeNights ?? {}).length
}
