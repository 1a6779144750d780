import type { Relief, Trigger } from '../episode'
import type { ReliefRow, TriggerRow } from './rows'

/*
 * Episodes grouped by their stored lists (JSON arrays, as the episodes
 * table keeps them): a few hundred distinct lists for ten years of cramps,
 * counted per tag here instead of expanding every episode's list in SQL.
 */

/** How many cramps share one stored triggers list. */
export interface TriggerSetRow {
  triggers: string
  cramps: number
}

/** How many cramps share one stored relief list and what helped most. */
export interface ReliefSetRow {
  relief: string
  best: string | null
  cramps: number
}

/** Cramps per suspected trigger: each list counts once for every entry it holds. */
export function triggerCounts(sets: readonly TriggerSetRow[]): TriggerRow[] {
  const counts = new Map<Trigger, number>()
  for (const set of sets) {
    for (const t of JSON.parse(set.triggers) as Trigger[]) {
      counts.set(t, (counts.get(t) ?? 0) + set.cramps)
    }
  }
  return [...counts].map(([trigger, cramps]) => ({ trigger, cramps }))
}

/** Times each relief was tried, and picked as what helped most. */
export function reliefCounts(sets: readonly ReliefSetRow[]): ReliefRow[] {
  const counts = new Map<Relief, ReliefRow>()
  for (const set of sets) {
    for (const relief of JSON.parse(set.relief) as Relief[]) {
      const row = counts.get(relief) ?? { relief, used: 0, helpedMost: 0 }
      row.used += set.cramps
      if (set.best === relief) row.helpedMost += set.cramps
      counts.set(relief, row)
    }
  }
  return [...counts.values()]
}
