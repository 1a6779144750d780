import { z } from 'zod'
import { LocalDate, MedicationKind } from '../checkin'
import { EntryId, Relief, Trigger } from '../episode'
import { daysBetween } from '../local-time'
import { RoutineKind } from '../routines/schema'

/*
 * Everything Trends, Insights and the clinician report show, prepared in main
 * so the renderer only draws. Weeks start on Monday and are named by that
 * Monday's local date; a "night" is named by the evening it began
 * (shared/domain/local-time.ts nightOf).
 */

export const TrendRange = z.enum(['4w', '3m', '12m', 'all'])
export type TrendRange = z.infer<typeof TrendRange>

const Count = z.number().int().min(0)
const HourOfDay = z.number().int().min(0).max(23)

/** One plain-language line shown above a chart ("Night cramps averaged …"). */
export const Summary = z.string()

/**
 * Where a cramp happened, for the stacked weekly chart: `exercise` is during
 * or after exercise; `night` is any other cramp in the night window or logged
 * as asleep; `rest` is everything else.
 */
export const ContextGroup = z.enum(['night', 'exercise', 'rest'])
export type ContextGroup = z.infer<typeof ContextGroup>

export const WeeklyCramps = z.object({
  weekStart: LocalDate,
  night: Count,
  exercise: Count,
  rest: Count,
  total: Count,
  /**
   * Mean weekly total over this week and the three before it, in or out of
   * the period; null while the journal does not reach back that far.
   */
  average4w: z.number().min(0).nullable(),
})
export type WeeklyCramps = z.infer<typeof WeeklyCramps>

export const PainPoint = z.object({
  weekStart: LocalDate,
  /** Highest pain (0-10) logged that week; null when there were no cramps. */
  peak: z.number().int().min(0).max(10).nullable(),
  /** Mean pain that week, one decimal; null when there were no cramps. */
  average: z.number().min(0).max(10).nullable(),
})
export type PainPoint = z.infer<typeof PainPoint>

export const HourBar = z.object({
  hour: HourOfDay,
  count: Count,
  /** The hour starts inside the user's night window (shade it). */
  night: z.boolean(),
})
export type HourBar = z.infer<typeof HourBar>

export const TriggerCount = z.object({ trigger: Trigger, count: Count })
export type TriggerCount = z.infer<typeof TriggerCount>

export const ReliefCount = z.object({
  relief: Relief,
  /** Cramps where it was tried. */
  used: Count,
  /** Cramps where the user picked it as what helped most. */
  helpedMost: Count,
})
export type ReliefCount = z.infer<typeof ReliefCount>

export const AdherenceWeek = z.object({
  weekStart: LocalDate,
  /** Nights (named by their evening) with the bedtime routine done, every required step. */
  bedtimeRoutines: Count,
  /** Reminders answered with done or by starting the routine. */
  remindersActedOn: Count,
  /** Reminders shown or come due that week, whatever became of them. */
  remindersTotal: Count,
  cramps: Count,
})
export type AdherenceWeek = z.infer<typeof AdherenceWeek>

export const WaterWeek = z.object({
  weekStart: LocalDate,
  /** Mean water over the week's check-ins, ml; null without check-ins. */
  averageWaterMl: z.number().min(0).nullable(),
  checkInDays: Count,
  /** Days of that week with a check-in and water at or above the target. */
  daysAtTarget: Count,
  /** Local dates that week with at least one cramp logged. */
  crampDays: Count,
})
export type WaterWeek = z.infer<typeof WaterWeek>

/** Check-in days split by water against the target, and how many of them had cramps. */
export const WaterBand = z.object({
  band: z.enum(['under_half', 'under_target', 'at_target']),
  days: Count,
  crampDays: Count,
})
export type WaterBand = z.infer<typeof WaterBand>

export const Chart = <T extends z.ZodType>(data: T) => z.object({ summary: Summary, data })

export const TrendsData = z.object({
  range: TrendRange,
  /** First and last local dates covered (Monday of the first week to today). */
  from: LocalDate,
  to: LocalDate,
  totalCramps: Count,
  weekly: Chart(z.array(WeeklyCramps)),
  pain: Chart(z.array(PainPoint)),
  hours: Chart(z.array(HourBar).length(24)),
  triggers: Chart(z.array(TriggerCount)),
  relief: Chart(z.array(ReliefCount)),
  adherence: Chart(z.array(AdherenceWeek)),
  water: z.object({
    summary: Summary,
    targetMl: z.number().int().min(0),
    data: z.array(WaterWeek),
    bands: z.array(WaterBand).length(3),
  }),
})
export type TrendsData = z.infer<typeof TrendsData>

/* ---------------------------------------------------------------- insights */

/** A day's exposures that may go with a cramp in the night that follows it. */
export const FactorKey = z.enum([
  'bedtime_stretch',
  'warm_up',
  'water_at_target',
  'hard_or_new_exercise',
  'hot_conditions',
  'caffeine_above_usual',
  'long_sitting',
])
export type FactorKey = z.infer<typeof FactorKey>

export const FactorSide = z.object({
  /** Days with a check-in on this side. */
  days: Count,
  /** Of those, days whose following night had a cramp. */
  crampNights: Count,
})
export type FactorSide = z.infer<typeof FactorSide>

/**
 * What the two rates allow saying: `clear` only when the 95% interval of
 * their ratio leaves out 1 (and there are enough cramp nights); otherwise
 * the difference `could_be_chance`.
 */
export const Strength = z.enum(['clear', 'could_be_chance'])
export type Strength = z.infer<typeof Strength>

/** A 95% interval for the rate ratio; `high` is null when it has no upper end. */
export const RatioInterval = z.object({
  low: z.number().min(0),
  high: z.number().min(0).nullable(),
})
export type RatioInterval = z.infer<typeof RatioInterval>

export const FactorEffect = z.object({
  factor: FactorKey,
  /** "Bedtime stretch", "Water at target"… */
  label: z.string(),
  with: FactorSide,
  without: FactorSide,
  /** Cramp-night rate with ÷ without; null while a side is too thin or without has no days. */
  rateRatio: z.number().min(0).nullable(),
  /** Which way the nights after "with" days went, compared with "without" days. */
  direction: z.enum(['fewer', 'more', 'same']).nullable(),
  /** Null while a side is too thin (see `daysNeeded`). */
  interval: RatioInterval.nullable(),
  /** Null until each side has `minDaysPerSide` days. */
  strength: Strength.nullable(),
  /** Days still needed on the thinner side (0 when enough). */
  daysNeeded: Count,
  /** One line, no causal claim: "Cramp nights after 9 of 30 days with…". */
  text: z.string(),
})
export type FactorEffect = z.infer<typeof FactorEffect>

export const PatternId = z.enum([
  'weekend_warrior',
  'night_ambush',
  'hydration_nutrition',
  'see_professional',
])
export type PatternId = z.infer<typeof PatternId>

/** One-click steps a pattern card offers; the renderer maps each to a setting or screen. */
export const ActionId = z.enum([
  'enable-bedtime-reminder',
  'start-bedtime-routine',
  'start-warm-up',
  'enable-warm-up-reminder',
  'enable-move-reminder',
  'start-strength',
  'enable-water-reminder',
  'open-check-in',
  'see-professional',
  'open-report',
])
export type ActionId = z.infer<typeof ActionId>

export const Evidence = z.object({ label: z.string(), value: z.string() })
export type Evidence = z.infer<typeof Evidence>

export const Pattern = z.object({
  id: PatternId,
  title: z.string(),
  /** The rule that fired, in plain words with its thresholds. */
  rule: z.string(),
  /** The user's own numbers behind it. */
  evidence: z.array(Evidence),
  /**
   * A sentence from imported workouts ("3 of your last 4 exercise-day cramps
   * came after a session much longer than usual …"), where they say one.
   */
  finding: z.string().nullable().optional(),
  /** What helps, from CONTENT.md. */
  plan: z.array(z.string()),
  actions: z.array(ActionId),
})
export type Pattern = z.infer<typeof Pattern>

/** A red flag as shown (shared/domain/red-flags.ts RedFlag). */
export const RedFlagSummary = z.object({
  key: z.enum(['most_nights', 'frequent', 'severe', 'with_signs', 'lingering', 'walking_pain']),
  sign: z.string(),
  why: z.string(),
  who: z.string(),
  /** The same-day signs, where "soon" is not soon enough; null otherwise. */
  sameDay: z.string().nullable(),
  /** The rule, with its threshold and the window it read. */
  rule: z.string(),
  /** What the journal held in that window: "4 of the last 7 nights". */
  found: z.string(),
  episodeIds: z.array(EntryId),
})
export type RedFlagSummary = z.infer<typeof RedFlagSummary>

export const Insights = z.object({
  /** The local dates the factor effects and patterns read. */
  from: LocalDate,
  to: LocalDate,
  /** Check-in days up to yesterday: a day joins the comparisons once its night is over. */
  checkInDays: Count,
  /** Today has a check-in too (not yet in `checkInDays`, so the screen can say why). */
  checkedInToday: z.boolean(),
  cramps: Count,
  /** Each side needs this many days before a strength is shown. */
  minDaysPerSide: Count,
  /** A difference can be clear only with at least this many cramp nights in all. */
  minCrampNights: Count,
  factors: z.array(FactorEffect),
  /** Patterns that fired; empty when none applies or data is thin. */
  patterns: z.array(Pattern),
  /** Set when there is too little data for any pattern: what is missing. */
  thinData: z.string().nullable(),
  redFlags: z.array(RedFlagSummary),
  medicationNote: z.string().nullable(),
})
export type Insights = z.infer<typeof Insights>

/* ------------------------------------------------------------------ report */

export const ReportPeriod = z
  .strictObject({ from: LocalDate, to: LocalDate })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'The end date is before the start' })
  .refine((p) => daysBetween(p.from, p.to) <= 3660, {
    path: ['from'],
    message: 'Choose a period of at most ten years',
  })
export type ReportPeriod = z.infer<typeof ReportPeriod>

export const ReportTried = z.object({
  relief: Relief,
  used: Count,
  helpedMost: Count,
})

export const ReportMedication = z.object({
  name: z.string(),
  kind: MedicationKind,
  startedOn: LocalDate.nullable(),
  /** A kind CONTENT.md says may contribute to cramps. */
  mayContribute: z.boolean(),
})

export const ReportNote = z.object({
  date: LocalDate,
  /** 'cramp' notes come from an entry; 'check-in' from a day's note. */
  source: z.enum(['cramp', 'check-in']),
  text: z.string(),
})

export const ReportFlag = RedFlagSummary.extend({ present: z.boolean() })

export const ReportData = z.object({
  from: LocalDate,
  to: LocalDate,
  days: z.number().int().min(1),
  generatedOn: LocalDate,
  cramps: Count,
  /** Cramps per week over the period, one decimal. */
  perWeek: z.number().min(0),
  /** Distinct nights with a cramp, and how many nights the period spans. */
  nightsAffected: Count,
  nights: Count,
  duration: z.object({
    /** Median of exact durations, seconds; null when none was measured. */
    medianSec: z.number().min(0).nullable(),
    longestSec: z.number().min(0).nullable(),
    buckets: z.object({
      under_30s: Count,
      '30s_2m': Count,
      '2_10m': Count,
      over_10m: Count,
      unknown: Count,
    }),
  }),
  pain: z.object({
    average: z.number().min(0).max(10).nullable(),
    peak: z.number().int().min(0).max(10).nullable(),
    /** Cramps at pain 8 or more. */
    severe: Count,
  }),
  timeOfDay: z.object({
    night: Count,
    morning: Count,
    afternoon: Count,
    evening: Count,
    hours: z.array(HourBar).length(24),
  }),
  weekly: z.array(WeeklyCramps),
  triggers: z.array(TriggerCount),
  redFlags: z.array(ReportFlag),
  medicationNote: z.string().nullable(),
  medications: z.array(ReportMedication),
  tried: z.array(ReportTried),
  /** Routines completed in the period (every required step), by kind. */
  routinesDone: z.array(z.object({ kind: RoutineKind, count: Count })),
  /** The most recent notes, newest first (at most REPORT_NOTE_LIMIT). */
  notes: z.array(ReportNote),
  /** Older notes in the period not printed. */
  notesLeftOut: Count,
  disclaimer: z.string(),
})
export type ReportData = z.infer<typeof ReportData>
