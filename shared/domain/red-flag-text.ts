import type { RedFlagKey } from './red-flags'
import { RED_FLAG_RULES } from './red-flag-rules'
import { count, dateLabel } from './trends/text'

/** What a flag says in the user's terms; the rule and count come from flagRule/flagFound. */
export interface FlagText {
  /** Which sign, in the user's terms. */
  sign: string
  /** Why it matters, calmly. */
  why: string
  /** Who to talk to. */
  who: string
  /** When "soon" is not soon enough: the same-day signs (CONTENT.md), or null. */
  sameDay: string | null
}

/** CONTENT.md "Same day, not soon": clot and blocked-artery signs, and the emergency. */
export const SAME_DAY_TEXT =
  'Get care the same day if one leg is suddenly swollen, warm, red or painful, or a leg turns cold, pale or bluish. With sudden breathlessness or chest pain, it is an emergency.'

const TEXT: Record<RedFlagKey, FlagText> = {
  most_nights: {
    sign: 'Cramps are waking you on most nights',
    why: 'Cramps this regular are worth a check-up, including a look at your medicines; tests for minerals, kidney and thyroid might be needed.',
    who: 'Your doctor',
    sameDay: null,
  },
  frequent: {
    sign: 'Cramps have been frequent lately',
    why: 'Frequent cramps are worth a medication review, and lab tests (electrolytes, kidney, thyroid) might be needed.',
    who: 'Your doctor',
    sameDay: null,
  },
  severe: {
    sign: 'Several cramps were severe or long',
    why: 'Severe cramps are worth talking through with a clinician, who can look for a cause.',
    who: 'Your doctor',
    sameDay: null,
  },
  with_signs: {
    sign: 'A cramp came with weakness, numbness, swelling or a colour change',
    why: 'These signs can point to a nerve or circulation problem rather than an ordinary cramp.',
    who: 'Your doctor, soon',
    sameDay: SAME_DAY_TEXT,
  },
  lingering: {
    sign: 'Pain lasted for days, or the leg looked or felt different',
    why: 'Pain that does not improve after a few days, or a leg that looks or feels different, should be checked.',
    who: 'Your doctor or a physical therapist',
    sameDay: null,
  },
  walking_pain: {
    sign: 'Leg pain that comes on when walking and eases with rest',
    why: 'This pattern can be a sign of a circulation problem.',
    who: 'Your doctor',
    sameDay: null,
  },
}

export function flagText(key: RedFlagKey): FlagText {
  return TEXT[key]
}

/** Which stretch of the journal a rule read, named as the screen needs it. */
export interface FlagWindows {
  /** The last day the rules read: today, or a report's last day. */
  asOf: string
  /** The first day the per-entry signs read. */
  signsFrom: string
  /** Name windows by their dates (a report) rather than as "the last…" (today). */
  dated: boolean
}

function nightsWindow(w: FlagWindows): string {
  const n = RED_FLAG_RULES.mostNights.nights
  return w.dated ? `the ${n} nights before ${dateLabel(w.asOf)}` : `the last ${n} nights`
}

function daysWindow(w: FlagWindows): string {
  const n = RED_FLAG_RULES.frequent.days
  return w.dated ? `the ${n} days to ${dateLabel(w.asOf)}` : `the last ${n} days`
}

function signsWindow(w: FlagWindows): string {
  return w.dated
    ? `the whole period (${dateLabel(w.signsFrom)} to ${dateLabel(w.asOf)})`
    : `the last ${RED_FLAG_RULES.recentDays} days`
}

/** The rule behind a flag, with its threshold and the window it read. */
export function flagRule(key: RedFlagKey, w: FlagWindows): string {
  const { mostNights, frequent, severe } = RED_FLAG_RULES
  switch (key) {
    case 'most_nights':
      return `Cramps that wake you (logged while asleep) on at least ${mostNights.atLeast} of ${nightsWindow(w)}.`
    case 'frequent':
      return `${frequent.atLeast} or more cramps in ${daysWindow(w)}.`
    case 'severe':
      return `${severe.atLeast} or more cramps with pain ${severe.pain} or more, or lasting over 10 minutes, in ${daysWindow(w)}.`
    case 'with_signs':
      return `Any entry in ${signsWindow(w)} noting weakness, numbness, swelling or a skin colour change.`
    case 'lingering':
      return `Any entry in ${signsWindow(w)} still sore days later, or with the leg looking or feeling different.`
    case 'walking_pain':
      return `Any entry in ${signsWindow(w)} noting leg pain on walking that eases with rest.`
  }
}

/** What the journal held in that window: "4 of the last 7 nights". */
export function flagFound(key: RedFlagKey, hits: number, w: FlagWindows): string {
  switch (key) {
    case 'most_nights':
      return `${hits} of ${nightsWindow(w)}`
    case 'frequent':
      return `${count(hits, 'cramp')} in ${daysWindow(w)}`
    case 'severe':
      return `${count(hits, 'severe or long cramp')} in ${daysWindow(w)}`
    case 'with_signs':
    case 'lingering':
    case 'walking_pain':
      return `${count(hits, 'entry', 'entries')} in ${signsWindow(w)}`
  }
}
