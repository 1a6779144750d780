import { hourLabel, percent } from '../text'
import type { Pattern } from '../types'
import { MIN_CRAMPS, type PatternInput } from './input'
import { PATTERN_PLANS } from './plans'

/** Share of cramps that must fall in the night for the 3 a.m. ambush. */
export const NIGHT_SHARE = 0.6
/** …spread over at least this many different nights. */
export const MIN_NIGHTS = 3

/** Cramps mostly at night, waking the user from sleep. */
export function nightAmbush(input: PatternInput): Pattern | null {
  const total = input.episodes.length
  const night = input.episodes.filter((e) => e.night !== null)
  const nights = new Set(night.map((e) => e.night)).size
  if (total < MIN_CRAMPS || night.length < total * NIGHT_SHARE || nights < MIN_NIGHTS) return null
  const byHour = new Map<number, number>()
  for (const e of night) {
    const h = Math.floor(e.localMinute / 60)
    byHour.set(h, (byHour.get(h) ?? 0) + 1)
  }
  const [peakHour] = [...byHour].reduce((a, b) => (b[1] > a[1] ? b : a))
  return {
    id: 'night_ambush',
    title: PATTERN_PLANS.night_ambush.title,
    rule: `At least ${percent(NIGHT_SHARE, 1)}% of your cramps in the last 8 weeks came at night, on ${MIN_NIGHTS} or more different nights.`,
    evidence: [
      {
        label: 'Night cramps',
        value: `${night.length} of ${total} (${percent(night.length, total)}%)`,
      },
      { label: 'Nights with a cramp', value: String(nights) },
      { label: 'Most common hour', value: `from ${hourLabel(peakHour)}` },
    ],
    plan: PATTERN_PLANS.night_ambush.plan,
    actions: PATTERN_PLANS.night_ambush.actions,
  }
}
