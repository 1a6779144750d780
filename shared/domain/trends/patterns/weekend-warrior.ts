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

/** Sedentary weekdays, bursts of hard activity, cramps that day or night. */
export function weekendWarrior(input: PatternInput): Pattern | null {
  const { days, episodes } = input
  if (days.length < MIN_CHECKIN_DAYS || episodes.length < MIN_CRAMPS) return null
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
