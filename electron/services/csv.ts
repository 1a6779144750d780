import type { CheckIn, Medication } from '../../shared/domain/checkin'
import type { Episode } from '../../shared/domain/episode'
import { format } from 'date-fns'
import { toLocal } from '../../shared/domain/local-time'

type Cell = string | number | boolean | null

/**
 * One CSV cell. Quotes when needed, and defuses text that a spreadsheet
 * would run as a formula (=, +, -, @ at the start) with a leading quote.
 */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

const list = (xs: readonly string[]) => xs.join('; ')

export function episodesCsv(episodes: Episode[]): string {
  return toCsv(
    [
      'id',
      'local_date',
      'local_time',
      'utc_offset_min',
      'duration_sec',
      'duration_bucket',
      'side',
      'muscle',
      'pain',
      'context',
      'triggers',
      'relief',
      'relief_best',
      'symptoms',
      'next_day_soreness',
      'leg_looks_or_feels_different',
      'notes',
      'logged_via',
    ],
    episodes.map((e) => {
      const local = toLocal({ at: e.startedAt, utcOffsetMin: e.utcOffsetMin })
      return [
        e.id,
        format(local, 'yyyy-MM-dd'),
        format(local, 'HH:mm'),
        e.utcOffsetMin,
        e.durationSec,
        e.durationBucket,
        e.side,
        e.muscle,
        e.pain,
        e.context,
        list(e.triggers),
        list(e.relief),
        e.reliefBest,
        list(e.symptoms),
        e.soreness,
        e.legChanged ? 'yes' : 'no',
        e.notes,
        e.loggedVia,
      ]
    }),
  )
}

export function checkInsCsv(checkIns: CheckIn[], medications: Medication[]): string {
  const names = new Map(medications.map((m) => [m.id, m.name]))
  return toCsv(
    [
      'date',
      'water_ml',
      'electrolyte_foods',
      'caffeine_drinks',
      'exercise_sessions',
      'exercise_minutes',
      'max_effort',
      'hard_or_new',
      'warmed_up_every_time',
      'cooled_down_every_time',
      'hot_conditions',
      'sitting_hours',
      'stretched_before_bed',
      'sleep_quality',
      'medications',
      'cramps_last_night',
      'note',
    ],
    checkIns.map((c) => {
      const ex = c.exercise
      return [
        c.date,
        c.waterMl,
        list(c.electrolytes),
        c.caffeineDrinks,
        ex.length,
        ex.reduce((sum, s) => sum + s.minutes, 0),
        ex.length ? Math.max(...ex.map((s) => s.effort)) : null,
        ex.some((s) => s.hardOrNew),
        ex.every((s) => s.warmedUp),
        ex.every((s) => s.cooledDown),
        ex.some((s) => s.hot),
        c.sittingHours,
        c.stretchedBeforeBed,
        c.sleepQuality,
        list(c.medicationIds.map((id) => names.get(id) ?? id)),
        c.nightReport === null ? null : c.nightReport === 'cramps' ? 'yes' : 'no',
        c.note,
      ]
    }),
  )
}
