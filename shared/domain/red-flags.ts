import {
  localDate,
  localMinuteOfDay,
  nightOf,
  shiftDate,
  type LocalInstant,
  type NightWindow,
} from './local-time'
import {
  episodeFlags,
  FLAG_ORDER,
  isSevere,
  RED_FLAG_RULES,
  type FlagEpisode,
  type RedFlagKey,
} from './red-flag-rules'
import { flagFound, flagRule, flagText, type FlagText, type FlagWindows } from './red-flag-text'

export {
  episodeFlags,
  FLAG_ORDER,
  FLAG_SYMPTOMS,
  isSevere,
  LINGERING_SORENESS,
  RED_FLAG_RULES,
  type FlagEpisode,
  type RedFlagKey,
} from './red-flag-rules'
export { flagText, SAME_DAY_TEXT, type FlagWindows } from './red-flag-text'

export interface RedFlag extends FlagText {
  key: RedFlagKey
  /** The rule, with its threshold and the window it read. */
  rule: string
  /** What the journal held in that window: "4 of the last 7 nights". */
  found: string
  /** The entries that triggered it, newest first. */
  episodeIds: string[]
}

/** A rule checked, whether or not it fired (the report lists every one). */
export interface RedFlagCheck extends RedFlag {
  present: boolean
}

/**
 * Every rule checked as of `windows.asOf`. Frequency rules read their own
 * windows ending there; per-entry signs read from `windows.signsFrom`.
 * `episodes` may hold any range.
 */
export function flagChecks(
  episodes: FlagEpisode[],
  windows: FlagWindows,
  night: NightWindow,
): RedFlagCheck[] {
  const { asOf } = windows
  const dayOf = (e: FlagEpisode) => localDate(instantOf(e))
  const between = (from: string) => episodes.filter((e) => dayOf(e) >= from && dayOf(e) <= asOf)
  const month = between(shiftDate(asOf, -(RED_FLAG_RULES.frequent.days - 1)))
  const signs = between(windows.signsFrom)

  // The nights that began on the 7 evenings before asOf; only cramps that woke the user.
  const firstNight = shiftDate(asOf, -RED_FLAG_RULES.mostNights.nights)
  const woke = episodes.filter((e) => {
    const n = e.context === 'asleep' ? crampNight(e, night) : null
    return n !== null && n >= firstNight && n < asOf
  })
  const nights = new Set(woke.map((e) => crampNight(e, night))).size
  const severe = month.filter(isSevere)

  const hits: Record<RedFlagKey, { count: number; entries: FlagEpisode[]; fires: boolean }> = {
    most_nights: {
      count: nights,
      entries: woke,
      fires: nights >= RED_FLAG_RULES.mostNights.atLeast,
    },
    frequent: {
      count: month.length,
      entries: month,
      fires: month.length >= RED_FLAG_RULES.frequent.atLeast,
    },
    severe: {
      count: severe.length,
      entries: severe,
      fires: severe.length >= RED_FLAG_RULES.severe.atLeast,
    },
    with_signs: entrySign(signs, 'with_signs'),
    lingering: entrySign(signs, 'lingering'),
    walking_pain: entrySign(signs, 'walking_pain'),
  }
  return FLAG_ORDER.map((key) => {
    const h = hits[key]
    return {
      key,
      ...flagText(key),
      rule: flagRule(key, windows),
      found: flagFound(key, h.count, windows),
      episodeIds: h.fires ? newestFirst(h.entries) : [],
      present: h.fires,
    }
  })
}

/** The flags that fire for the recent journal as of `today` (a local date). */
export function journalFlags(
  episodes: FlagEpisode[],
  today: string,
  night: NightWindow,
): RedFlag[] {
  const signsFrom = shiftDate(today, -(RED_FLAG_RULES.recentDays - 1))
  return flagChecks(episodes, { asOf: today, signsFrom, dated: false }, night)
    .filter((c) => c.present)
    .map(({ present: _present, ...flag }) => flag)
}

function entrySign(entries: FlagEpisode[], key: RedFlagKey) {
  const matching = entries.filter((e) => episodeFlags(e).includes(key))
  return { count: matching.length, entries: matching, fires: matching.length > 0 }
}

/** Newest first, ties by id as the journal lists them (started_at DESC, id DESC). */
function newestFirst(xs: FlagEpisode[]): string[] {
  return [...xs]
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((e) => e.id)
}

function instantOf(e: Pick<FlagEpisode, 'startedAt' | 'utcOffsetMin'>): LocalInstant {
  return { at: e.startedAt, utcOffsetMin: e.utcOffsetMin }
}

/**
 * The night a cramp belongs to: inside the night window, or logged as
 * "asleep" outside it (a late sleep-in counts with the night before, an
 * afternoon nap with the evening after).
 */
export function crampNight(
  e: Pick<FlagEpisode, 'startedAt' | 'utcOffsetMin' | 'context'>,
  night: NightWindow,
): string | null {
  const instant = instantOf(e)
  const inWindow = nightOf(instant, night)
  if (inWindow !== null || e.context !== 'asleep') return inWindow
  const date = localDate(instant)
  return localMinuteOfDay(instant) < 12 * 60 ? shiftDate(date, -1) : date
}
