import type {
  CheckIn,
  CheckInFields,
  ElectrolyteGroup,
  ExerciseSession,
  NightReport,
} from '@shared/domain/checkin'
import type { WaterUnit } from '@shared/domain/settings'
import { parseWater, waterText, MAX_WATER_ML } from './water'

/** One exercise session as typed: numbers stay text so nothing typed is lost. */
export interface SessionDraft {
  /** For React lists and focus; never saved. */
  key: number
  type: string
  minutes: string
  effort: number
  hardOrNew: boolean
  warmedUp: boolean
  cooledDown: boolean
  hot: boolean
}

/** The check-in form's state. */
export interface CheckInDraft {
  date: string
  /** In the user's unit (glasses or ml). */
  water: string
  electrolytes: ElectrolyteGroup[]
  caffeine: string
  exercise: SessionDraft[]
  sitting: string
  stretchedBeforeBed: boolean
  sleepQuality: number | null
  medicationIds: string[]
  nightReport: NightReport | null
  note: string
}

/** Field problems keyed like main's issue paths ("waterMl", "exercise.0.minutes"). */
export type CheckInErrors = Record<string, string>

let nextKey = 1

/** A new session starts at a common half hour of moderate effort. */
export function newSession(): SessionDraft {
  return {
    key: nextKey++,
    type: '',
    minutes: '30',
    effort: 5,
    hardOrNew: false,
    warmedUp: false,
    cooledDown: false,
    hot: false,
  }
}

function sessionDraft(s: ExerciseSession): SessionDraft {
  return { ...s, key: nextKey++, minutes: String(s.minutes) }
}

export function draftFrom(fields: CheckInFields, unit: WaterUnit): CheckInDraft {
  return {
    date: fields.date,
    water: waterText(fields.waterMl, unit),
    electrolytes: [...fields.electrolytes],
    caffeine: String(fields.caffeineDrinks),
    exercise: fields.exercise.map(sessionDraft),
    sitting: String(fields.sittingHours),
    stretchedBeforeBed: fields.stretchedBeforeBed,
    sleepQuality: fields.sleepQuality,
    medicationIds: [...fields.medicationIds],
    nightReport: fields.nightReport,
    note: fields.note,
  }
}

/**
 * "Same as yesterday": the habits of the last check-in, copied into this
 * day. The date, the morning's night report and the note belong to the day
 * itself and stay; medications no longer in use are not copied.
 */
export function sameAs(
  previous: CheckIn,
  current: CheckInDraft,
  unit: WaterUnit,
  activeMedicationIds: ReadonlySet<string>,
): CheckInDraft {
  const copied = draftFrom({ ...previous, date: current.date }, unit)
  return {
    ...copied,
    medicationIds: copied.medicationIds.filter((id) => activeMedicationIds.has(id)),
    nightReport: current.nightReport,
    note: current.note,
  }
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return 0
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null
}

/**
 * Reads the draft into what main expects. Checks format and range here so
 * the messages speak the user's units; main still validates everything.
 */
export function parseDraft(
  draft: CheckInDraft,
  unit: WaterUnit,
): { ok: true; fields: CheckInFields } | { ok: false; errors: CheckInErrors } {
  const errors: CheckInErrors = {}

  const water = parseWater(draft.water, unit)
  if (!water.ok) errors.waterMl = water.message
  else if (water.ml > MAX_WATER_ML)
    errors.waterMl = 'That is more than 20 litres; check the amount.'

  const caffeine = wholeNumber(draft.caffeine)
  if (caffeine === null) errors.caffeineDrinks = 'Enter a whole number, such as 2.'
  else if (caffeine > 30) errors.caffeineDrinks = 'Enter 30 or fewer.'

  const sittingText = draft.sitting.trim().replace(',', '.')
  const sitting = sittingText === '' ? 0 : Number(sittingText)
  if (!Number.isFinite(sitting) || sitting < 0 || !Number.isInteger(sitting * 2)) {
    errors.sittingHours = 'Enter hours in whole or half hours, such as 7.5.'
  } else if (sitting > 24) errors.sittingHours = 'A day has 24 hours at most.'

  const exercise: ExerciseSession[] = []
  draft.exercise.forEach((s, i) => {
    const type = s.type.trim()
    if (type === '') errors[`exercise.${i}.type`] = 'Say what you did, such as running.'
    const minutes = wholeNumber(s.minutes)
    if (minutes === null || minutes < 1) {
      errors[`exercise.${i}.minutes`] = 'Enter whole minutes, such as 30.'
    } else if (minutes > 24 * 60)
      errors[`exercise.${i}.minutes`] = 'A day has 1,440 minutes at most.'
    exercise.push({
      type,
      minutes: minutes ?? 0,
      effort: s.effort,
      hardOrNew: s.hardOrNew,
      warmedUp: s.warmedUp,
      cooledDown: s.cooledDown,
      hot: s.hot,
    })
  })

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      date: draft.date,
      waterMl: water.ok ? water.ml : 0,
      electrolytes: draft.electrolytes,
      caffeineDrinks: caffeine ?? 0,
      exercise,
      sittingHours: sitting,
      stretchedBeforeBed: draft.stretchedBeforeBed,
      sleepQuality: draft.sleepQuality,
      medicationIds: draft.medicationIds,
      nightReport: draft.nightReport,
      note: draft.note,
    },
  }
}

/** Main's issues by full path, e.g. `exercise.0.minutes`; the first message per path wins. */
export function errorsFromIssues(
  issues: readonly { path: string; message: string }[],
): CheckInErrors {
  const out: CheckInErrors = {}
  for (const issue of issues) out[issue.path] ??= issue.message
  return out
}

/** Whether two drafts hold the same values (session keys aside). */
export function sameDraft(a: CheckInDraft, b: CheckInDraft): boolean {
  const plain = (d: CheckInDraft) =>
    JSON.stringify({ ...d, exercise: d.exercise.map(({ key: _key, ...rest }) => rest) })
  return plain(a) === plain(b)
}
