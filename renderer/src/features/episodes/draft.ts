import { format, isValid, parse, set, startOfMinute, subDays, subMinutes } from 'date-fns'
import type { IpcIssue } from '@shared/contract/errors'
import type {
  CrampContext,
  DurationBucket,
  Episode,
  EpisodeInput,
  Muscle,
  Relief,
  Side,
  Symptom,
  Trigger,
} from '@shared/domain/episode'
import { toLocal } from '@shared/domain/local-time'
import { browserOffsetMin } from '@renderer/lib/main-clock'

export type WhenChoice = 'now' | '15m' | '1h' | 'last_night' | 'pick'
export type DurationChoice = DurationBucket | 'exact' | 'unknown'

/**
 * Everything the episode form holds, as typed: numbers stay strings until
 * saving so a half-typed value is never lost or "corrected".
 */
export interface EpisodeDraft {
  when: WhenChoice
  /** "yyyy-MM-dd" and "HH:mm" for "Pick a time". */
  date: string
  time: string
  /** An edited entry's stored start, kept exactly while its date and time are untouched. */
  original: { startedAt: number; utcOffsetMin: number; date: string; time: string } | null
  duration: DurationChoice
  minutes: string
  seconds: string
  side: Side | ''
  muscle: Muscle
  pain: string
  context: CrampContext | ''
  triggers: Trigger[]
  relief: Relief[]
  reliefBest: Relief | ''
  symptoms: Symptom[]
  /** "" (not yet) or "0"-"3". */
  soreness: string
  /** Noted afterwards: the leg looks or feels different. */
  legChanged: boolean
  notes: string
}

export type DraftField =
  | 'when'
  | 'duration'
  | 'side'
  | 'muscle'
  | 'pain'
  | 'context'
  | 'triggers'
  | 'relief'
  | 'reliefBest'
  | 'symptoms'
  | 'soreness'
  | 'legChanged'
  | 'notes'
  /** Problems with the whole entry. */
  | ''

export type DraftErrors = Partial<Record<DraftField, string>>

/** Form order, for the error summary and for focusing the first problem. */
export const fieldOrder: readonly DraftField[] = [
  '',
  'when',
  'duration',
  'side',
  'muscle',
  'pain',
  'context',
  'triggers',
  'relief',
  'reliefBest',
  'symptoms',
  'soreness',
  'legChanged',
  'notes',
]

export const NOTES_MAX = 5000

export function emptyDraft(side: Side | '' = ''): EpisodeDraft {
  return {
    when: 'now',
    date: '',
    time: '',
    original: null,
    duration: 'unknown',
    minutes: '',
    seconds: '',
    side,
    muscle: 'hamstring',
    pain: '',
    context: '',
    triggers: [],
    relief: [],
    reliefBest: '',
    symptoms: [],
    soreness: '',
    legChanged: false,
    notes: '',
  }
}

/** The form for an existing entry, on the clock the user saw at the time. */
export function draftFromEpisode(e: Episode): EpisodeDraft {
  const local = toLocal({ at: e.startedAt, utcOffsetMin: e.utcOffsetMin })
  const date = format(local, 'yyyy-MM-dd')
  const time = format(local, 'HH:mm')
  const exact = e.durationSec !== null
  return {
    when: 'pick',
    date,
    time,
    original: { startedAt: e.startedAt, utcOffsetMin: e.utcOffsetMin, date, time },
    duration: exact ? 'exact' : (e.durationBucket ?? 'unknown'),
    minutes: exact ? String(Math.floor((e.durationSec ?? 0) / 60)) : '',
    seconds: exact ? String((e.durationSec ?? 0) % 60) : '',
    side: e.side,
    muscle: e.muscle,
    pain: String(e.pain),
    context: e.context,
    triggers: [...e.triggers],
    relief: [...e.relief],
    reliefBest: e.reliefBest ?? '',
    symptoms: [...e.symptoms],
    soreness: e.soreness === null ? '' : String(e.soreness),
    legChanged: e.legChanged,
    notes: e.notes,
  }
}

/** The date and time fields' starting values for "Pick a time": now, in this browser's zone. */
export function pickDefaults(now: number): Pick<EpisodeDraft, 'date' | 'time'> {
  return { date: format(now, 'yyyy-MM-dd'), time: format(now, 'HH:mm') }
}

/** The most recent 03:00 local that has already passed. */
export function lastNightAt3(now: number): number {
  const today3 = set(now, { hours: 3, minutes: 0, seconds: 0, milliseconds: 0 })
  return (today3.getTime() > now ? subDays(today3, 1) : today3).getTime()
}

type Start = { ok: true; startedAt: number; utcOffsetMin: number } | { ok: false; message: string }

/** When it started, as an instant plus the browser zone's offset at that instant. */
export function resolveStart(draft: EpisodeDraft, now: number): Start {
  const at = (startedAt: number): Start => ({
    ok: true,
    startedAt,
    utcOffsetMin: browserOffsetMin(startedAt),
  })
  // Quick choices are approximate: whole minutes, as a picked time would be.
  const minute = startOfMinute(now)
  switch (draft.when) {
    case 'now':
      return at(minute.getTime())
    case '15m':
      return at(subMinutes(minute, 15).getTime())
    case '1h':
      return at(subMinutes(minute, 60).getTime())
    case 'last_night':
      return at(lastNightAt3(now))
    case 'pick': {
      const o = draft.original
      if (o && o.date === draft.date && o.time === draft.time) {
        return { ok: true, startedAt: o.startedAt, utcOffsetMin: o.utcOffsetMin }
      }
      if (draft.date.trim() === '') return { ok: false, message: 'Enter the date it happened' }
      if (draft.time.trim() === '') return { ok: false, message: 'Enter the time it happened' }
      const parsed = parse(`${draft.date} ${draft.time}`, 'yyyy-MM-dd HH:mm', new Date(0))
      if (!isValid(parsed)) return { ok: false, message: 'Enter a real date and time' }
      if (parsed.getTime() > now + 60_000)
        return { ok: false, message: 'That time is still to come' }
      return at(parsed.getTime())
    }
  }
}

type Duration =
  | { ok: true; durationSec: number | null; durationBucket: DurationBucket | null }
  | { ok: false; message: string }

export function resolveDuration(draft: EpisodeDraft): Duration {
  if (draft.duration === 'unknown') return { ok: true, durationSec: null, durationBucket: null }
  if (draft.duration !== 'exact')
    return { ok: true, durationSec: null, durationBucket: draft.duration }
  const whole = (text: string) =>
    text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text) : NaN
  if (draft.minutes.trim() === '' && draft.seconds.trim() === '') {
    return { ok: false, message: 'Enter how long it lasted, or choose a range' }
  }
  const total = whole(draft.minutes) * 60 + whole(draft.seconds)
  if (!Number.isInteger(total))
    return { ok: false, message: 'Use whole minutes and seconds, like 1 and 30' }
  if (total < 1) return { ok: false, message: 'Enter at least 1 second' }
  if (total > 24 * 3600) return { ok: false, message: 'An entry can be up to 24 hours long' }
  // Main sets the matching range from the exact length.
  return { ok: true, durationSec: total, durationBucket: null }
}

type Checked = { ok: true; input: EpisodeInput } | { ok: false; errors: DraftErrors }

/** Checks what the contract cannot say kindly (missing answers) and builds the input. */
export function toEpisodeInput(draft: EpisodeDraft, now: number): Checked {
  const errors: DraftErrors = {}
  const start = resolveStart(draft, now)
  if (!start.ok) errors.when = start.message
  const duration = resolveDuration(draft)
  if (!duration.ok) errors.duration = duration.message
  if (draft.side === '') errors.side = 'Choose which leg'
  if (draft.pain === '') errors.pain = 'Choose how bad it was, from 0 to 10'
  if (draft.context === '') errors.context = 'Choose what you were doing'
  if (draft.reliefBest !== '' && !draft.relief.includes(draft.reliefBest)) {
    errors.reliefBest = 'Pick what helped most from the relief you used'
  }
  if (draft.notes.length > NOTES_MAX) errors.notes = 'Notes can be up to 5,000 characters'
  if (
    !start.ok ||
    !duration.ok ||
    draft.side === '' ||
    draft.context === '' ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    input: {
      startedAt: start.startedAt,
      utcOffsetMin: start.utcOffsetMin,
      durationSec: duration.durationSec,
      durationBucket: duration.durationBucket,
      side: draft.side,
      muscle: draft.muscle,
      pain: Number(draft.pain),
      context: draft.context,
      triggers: draft.triggers,
      relief: draft.relief,
      reliefBest: draft.reliefBest === '' ? null : draft.reliefBest,
      symptoms: draft.symptoms,
      soreness: draft.soreness === '' ? null : Number(draft.soreness),
      legChanged: draft.legChanged,
      notes: draft.notes,
    },
  }
}

const aliases: Record<string, DraftField> = {
  startedAt: 'when',
  utcOffsetMin: 'when',
  durationSec: 'duration',
  durationBucket: 'duration',
}
const known = new Set<string>(fieldOrder)

/**
 * Main's issues by form field: `episode.side` (create, update) and `side`
 * (cramp now) both land on `side`; anything not on a field goes above the form.
 */
export function errorsFromIssues(issues: readonly IpcIssue[]): DraftErrors {
  const out: DraftErrors = {}
  for (const issue of issues) {
    const segments = issue.path.split('.')
    const name = segments[0] === 'episode' ? (segments[1] ?? '') : (segments[0] ?? '')
    const field: DraftField = aliases[name] ?? (known.has(name) ? (name as DraftField) : '')
    out[field] ??= issue.message
  }
  return out
}
