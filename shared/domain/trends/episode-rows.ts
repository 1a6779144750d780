import type { NightWindow } from '../local-time'
import { placedGroup, type PlacedEpisode } from './placed'
import type { HourRow, ReliefRow, TriggerRow, WeekGroupRow } from './rows'
import { weekStartOf } from './weeks'

/*
 * The same aggregates the database computes, from loaded episodes: the
 * report uses them for its period, and the property test holds the SQL to them.
 */

export type RowEpisode = Pick<
  PlacedEpisode,
  'localDate' | 'localMinute' | 'context' | 'pain' | 'triggers' | 'relief' | 'reliefBest'
>

export function weekGroupRows(episodes: RowEpisode[], night: NightWindow): WeekGroupRow[] {
  const rows = new Map<string, WeekGroupRow>()
  const weeks = new Map<string, string>()
  for (const e of episodes) {
    let week = weeks.get(e.localDate)
    if (week === undefined) {
      week = weekStartOf(e.localDate)
      weeks.set(e.localDate, week)
    }
    const group = placedGroup(e, night)
    const key = `${week}|${group}`
    const r = rows.get(key) ?? { week, group, cramps: 0, painMax: 0, painSum: 0 }
    rows.set(key, {
      ...r,
      cramps: r.cramps + 1,
      painMax: Math.max(r.painMax, e.pain),
      painSum: r.painSum + e.pain,
    })
  }
  return [...rows.values()]
}

export function hourRows(episodes: RowEpisode[]): HourRow[] {
  const counts = new Map<number, number>()
  for (const e of episodes) {
    const hour = Math.floor(e.localMinute / 60)
    counts.set(hour, (counts.get(hour) ?? 0) + 1)
  }
  return [...counts].map(([hour, cramps]) => ({ hour, cramps }))
}

export function triggerRows(episodes: RowEpisode[]): TriggerRow[] {
  const counts = new Map<TriggerRow['trigger'], number>()
  for (const e of episodes) for (const t of e.triggers) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].map(([trigger, cramps]) => ({ trigger, cramps }))
}

export function reliefRows(episodes: RowEpisode[]): ReliefRow[] {
  const rows = new Map<ReliefRow['relief'], ReliefRow>()
  for (const e of episodes)
    for (const relief of e.relief) {
      const r = rows.get(relief) ?? { relief, used: 0, helpedMost: 0 }
      rows.set(relief, {
        relief,
        used: r.used + 1,
        helpedMost: r.helpedMost + (e.reliefBest === relief ? 1 : 0),
      })
    }
  return [...rows.values()]
}
