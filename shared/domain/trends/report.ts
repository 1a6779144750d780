import type { CheckIn, Medication } from '../checkin'
import { bucketFor } from '../episode'
import { daysBetween, type NightWindow } from '../local-time'
import { MAY_CONTRIBUTE } from '../medication-review'
import { RED_FLAG_RULES, type RedFlagCheck } from '../red-flags'
import type { RoutineKind } from '../routines/schema'
import { reliefHelped, topTriggers } from './causes'
import { hourRows, reliefRows, triggerRows, weekGroupRows } from './episode-rows'
import { hourBars } from './hours'
import { placedNight, type PlacedEpisode } from './placed'
import type { ReportData } from './types'
import { weeksBetween } from './weeks'
import { weeklyCramps, type WeekHistory } from './weekly'

export const REPORT_NOTE_LIMIT = 60

export const REPORT_DISCLAIMER =
  'Limber is not a medical device and does not replace a clinician. This report is the user’s own record of their cramps, not a diagnosis.'

export interface ReportInput {
  from: string
  to: string
  generatedOn: string
  night: NightWindow
  /** Live episodes whose local date is in the period. */
  episodes: PlacedEpisode[]
  checkIns: CheckIn[]
  medications: Medication[]
  /** Every red-flag rule checked for the period (red-flags.ts flagChecks). */
  flags: RedFlagCheck[]
  medicationNote: string | null
  routinesDone: { kind: RoutineKind; count: number }[]
  /** Whole-week totals and the journal's first week, for the weekly table's 4-week averages. */
  weekHistory: WeekHistory
}

/** Everything the clinician report prints, from the period's records. */
export function buildReport(input: ReportInput): ReportData {
  const { episodes, night } = input
  const days = daysBetween(input.from, input.to) + 1
  const nights = new Set(
    episodes
      .map((e) => placedNight(e, night))
      .filter((n) => n !== null && n >= input.from && n <= input.to),
  )
  const notes = [
    ...episodes
      .filter((e) => e.notes.trim() !== '')
      .map((e) => ({
        date: e.localDate,
        source: 'cramp' as const,
        text: e.notes,
      })),
    ...input.checkIns
      .filter((c) => c.note.trim() !== '')
      .map((c) => ({ date: c.date, source: 'check-in' as const, text: c.note })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  return {
    from: input.from,
    to: input.to,
    days,
    generatedOn: input.generatedOn,
    cramps: episodes.length,
    perWeek: Math.round((episodes.length / days) * 7 * 10) / 10,
    nightsAffected: nights.size,
    nights: days,
    duration: durations(episodes),
    pain: pain(episodes),
    timeOfDay: timeOfDay(episodes, night),
    weekly: weeklyCramps(
      weeksBetween(input.from, input.to),
      weekGroupRows(episodes, night),
      input.weekHistory,
    ),
    triggers: topTriggers(triggerRows(episodes)),
    redFlags: input.flags,
    medicationNote: input.medicationNote,
    medications: input.medications.map((m) => ({
      name: m.name,
      kind: m.kind,
      startedOn: m.startedOn,
      mayContribute: MAY_CONTRIBUTE.has(m.kind),
    })),
    tried: reliefHelped(reliefRows(episodes)),
    routinesDone: input.routinesDone.filter((r) => r.count > 0),
    notes: notes.slice(0, REPORT_NOTE_LIMIT),
    notesLeftOut: Math.max(0, notes.length - REPORT_NOTE_LIMIT),
    disclaimer: REPORT_DISCLAIMER,
  }
}

function durations(episodes: PlacedEpisode[]): ReportData['duration'] {
  const exact = episodes
    .map((e) => e.durationSec)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b)
  const buckets = { under_30s: 0, '30s_2m': 0, '2_10m': 0, over_10m: 0, unknown: 0 }
  for (const e of episodes) {
    const b = e.durationSec !== null ? bucketFor(e.durationSec) : e.durationBucket
    buckets[b ?? 'unknown']++
  }
  const mid = Math.floor(exact.length / 2)
  const medianSec =
    exact.length === 0
      ? null
      : exact.length % 2 === 1
        ? (exact[mid] ?? 0)
        : ((exact[mid - 1] ?? 0) + (exact[mid] ?? 0)) / 2
  return { medianSec, longestSec: exact.at(-1) ?? null, buckets }
}

function pain(episodes: PlacedEpisode[]): ReportData['pain'] {
  if (episodes.length === 0) return { average: null, peak: null, severe: 0 }
  const sum = episodes.reduce((a, e) => a + e.pain, 0)
  return {
    average: Math.round((sum / episodes.length) * 10) / 10,
    peak: Math.max(...episodes.map((e) => e.pain)),
    severe: episodes.filter((e) => e.pain >= RED_FLAG_RULES.severe.pain).length,
  }
}

/** Night first (window or asleep), then the day's part by local hour. */
function timeOfDay(episodes: PlacedEpisode[], night: NightWindow): ReportData['timeOfDay'] {
  const parts = { night: 0, morning: 0, afternoon: 0, evening: 0 }
  for (const e of episodes) {
    const minute = e.localMinute
    if (placedNight(e, night) !== null) parts.night++
    else if (minute < 12 * 60) parts.morning++
    else if (minute < 17 * 60) parts.afternoon++
    else parts.evening++
  }
  return { ...parts, hours: hourBars(hourRows(episodes), night) }
}
