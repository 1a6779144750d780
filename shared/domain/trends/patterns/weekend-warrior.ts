import { longSessionCramps, longSessionCrampsText } from '../../workouts/warrior'
import { hardDay } from '../days'
import { percent } from '../text'
import type { Pattern } from '../types'
import { MIN_CHECKIN_DAYS, MIN_CRAMPS, type PatternInput } from './input'
import { PATTERN_PLANS } from './plans'

/** Weekdays count as sedentary when at most this share of them had any exercise. */
export const ACTIVE_WEEKDAY_SHARE = 0.4
/** At least this many hard days, and this share of cramps on or after one. */
export const MIN_HARD_DAYS = 2
export const HARD_DAY_CRAMP_SHARE = 0.5

/**
 * Sedentary weekdays, bursts of hard activity, cramps that day or night; or,
 * from imported workouts, cramps after sessions much longer than usual.
 */
export function weekendWarrior(input: PatternInput): Pattern | null {
  const { days, episodes } = input
  if (episodes.length < MIN_CRAMPS) return null
  // The day a cramp followed: its night's evening, or the day itself.
  const crampDates = episodes.map((e) => e.night ?? e.localDate)
  const long = longSessionCramps(input.workouts ?? [], crampDates)
  const finding = longSessionCrampsText(long)
  const fromCheckIns = days.length >= MIN_CHECKIN_DAYS ? checkInRule(input) : null
  if (fromCheckIns) return { ...fromCheckIns, finding }
  if (!finding) return null
  return {
    id: 'weekend_warrior',
    title: PATTERN_PLANS.weekend_warrior.title,
    rule: `At least 2 of your last exercise-day cramps (up to 4) came after a session at least 10% longer than your longest of the 30 days before it (last 8 weeks, from imported workouts).`,
    evidence: [
      {
        label: 'Exercise-day cramps after a much longer session',
        value: `${long.afterLonger} of ${long.of}`,
      },
    ],
    finding,
    plan: PATTERN_PLANS.weekend_warrior.plan,
    actions: PATTERN_PLANS.weekend_warrior.actions,
  }
}

/** The check-in rule: weekdays without exercise, hard days, cramps on them. */
function checkInRule(input: PatternInput): Pattern | null {
  const { days, episodes } = input
  const weekdays = days.filter((d) => d.weekday <= 5)
  const activeWeekdays = weekdays.filter((d) => d.exercise.length > 0).length
  const hard = new Set(days.filter(hardDay).map((d) => d.date))
  const linked = episodes.filter(
    (e) => hard.has(e.localDate) || (e.night !== null && hard.has(e.night)),
  )
  if (
    weekdays.length === 0 ||
    activeWeekdays > weekdays.length * ACTIVE_WEEKDAY_SHARE ||
    hard.size < MIN_HARD_DAYS ||
    linked.length < episodes.length * HARD_DAY_CRAMP_SHARE
  )
    return null
  return {
    id: 'weekend_warrior',
    title: PATTERN_PLANS.weekend_warrior.title,
    rule: `Exercise on no more than ${percent(ACTIVE_WEEKDAY_SHARE, 1)}% of weekdays, ${MIN_HARD_DAYS} or more hard or new workouts, and at least half of your cramps on those days or the nights after them (last 8 weeks).`,
    evidence: [
      { label: 'Weekdays with exercise', value: `${activeWeekdays} of ${weekdays.length}` },
      { label: 'Hard or new workouts', value: String(hard.size) },
      {
        label: 'Cramps that day or night',
        value: `${linked.length} of ${episodes.length} (${percent(linked.length, episodes.length)}%)`,
      },
    ],
    plan: PATTERN_PLANS.weekend_warrior.plan,
    actions: PATTERN_PLANS.weekend_warrior.actions,
  }
}
