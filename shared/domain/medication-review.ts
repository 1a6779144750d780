import type { Medication, MedicationKind } from './checkin'
import { daysBetween, shiftDate } from './local-time'
import type { RedFlag } from './red-flags'
import { count, dateLabel } from './trends/text'

/** Medicine kinds CONTENT.md says may contribute to cramps (some, not all). */
export const MAY_CONTRIBUTE: ReadonlySet<MedicationKind> = new Set([
  'diuretic',
  'statin',
  'blood_pressure',
])

/**
 * "Cramps started or rose after a medicine's start date": a start within
 * this many days, at least this many cramps since, and at least twice as
 * many as in the same number of days before it.
 */
export const AFTER_START = { withinDays: 90, atLeast: 3, factor: 2 } as const

const KIND_WORDS: Record<Exclude<MedicationKind, 'other'>, string> = {
  diuretic: 'Some diuretics',
  statin: 'Some statins',
  blood_pressure: 'Some blood-pressure medicines',
}

const DO_NOT_STOP = 'Do not stop a prescribed medicine on your own.'

export interface MedicationReviewInput {
  flags: readonly RedFlag[]
  /** The medicines the user takes now (not archived). */
  medications: readonly Pick<Medication, 'name' | 'kind' | 'startedOn'>[]
  /** The last day read: today, or a report's last day. */
  asOf: string
  /** Cramps logged between two local dates, inclusive. */
  cramps: (from: string, to: string) => number
}

/**
 * CONTENT.md: new, frequent or severe cramps are worth a medication review;
 * some diuretics, statins and blood-pressure drugs may contribute; never
 * stop a prescribed medicine on one's own. Suggested with a red flag, or
 * when cramps started or rose after a medicine's start date. The counts
 * are said as counts: they show what went together, not a cause.
 */
export function medicationReviewNote(input: MedicationReviewInput): string | null {
  const relevant = input.medications.filter((m) => MAY_CONTRIBUTE.has(m.kind))
  const rise = relevant.map((m) => afterStart(m, input)).find((line) => line !== null)
  if (rise) return `${rise} ${DO_NOT_STOP}`
  if (input.flags.length === 0 || relevant.length === 0) return null
  const kinds = [...new Set(relevant.map((m) => m.kind as keyof typeof KIND_WORDS))]
  const words = kinds.map((k, i) => (i === 0 ? KIND_WORDS[k] : KIND_WORDS[k].toLowerCase()))
  return `${joinAnd(words)} may contribute to cramps, and you take one. With the signs above, ask about a medication review. ${DO_NOT_STOP}`
}

function afterStart(
  m: Pick<Medication, 'name' | 'kind' | 'startedOn'>,
  input: MedicationReviewInput,
): string | null {
  if (m.startedOn === null || m.startedOn > input.asOf) return null
  const days = daysBetween(m.startedOn, input.asOf) + 1
  if (days > AFTER_START.withinDays) return null
  const since = input.cramps(m.startedOn, input.asOf)
  const before = input.cramps(shiftDate(m.startedOn, -days), shiftDate(m.startedOn, -1))
  if (since < AFTER_START.atLeast || since < before * AFTER_START.factor) return null
  const kind = KIND_WORDS[m.kind as keyof typeof KIND_WORDS]
  return `You logged ${count(since, 'cramp')} in the ${count(days, 'day')} since starting ${m.name} on ${dateLabel(m.startedOn)}, and ${before} in the ${count(days, 'day')} before. ${kind} may contribute to cramps: ask about a medication review.`
}

function joinAnd(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`
}
