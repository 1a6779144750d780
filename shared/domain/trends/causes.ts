import { Relief, Trigger } from '../episode'
import { reliefPhrase, triggerPhrase } from './labels'
import type { ReliefRow, TriggerRow } from './rows'
import { count } from './text'
import type { ReliefCount, TriggerCount } from './types'

/** Suspected triggers, most often first (ties in CONTENT.md order); unused ones left out. */
export function topTriggers(rows: TriggerRow[]): TriggerCount[] {
  const order = (t: Trigger) => Trigger.options.indexOf(t)
  return rows
    .filter((r) => r.cramps > 0)
    .map((r) => ({ trigger: r.trigger, count: r.cramps }))
    .sort((a, b) => b.count - a.count || order(a.trigger) - order(b.trigger))
}

export function triggersSummary(triggers: TriggerCount[], totalCramps: number): string {
  const top = triggers[0]
  if (!top) return 'No suspected triggers noted in this period.'
  return `You most often suspected ${triggerPhrase[top.trigger]}: ${top.count} of ${count(totalCramps, 'cramp')}.`
}

/** Relief tried, ordered by how often it was picked as what helped most, then by use. */
export function reliefHelped(rows: ReliefRow[]): ReliefCount[] {
  const order = (r: Relief) => Relief.options.indexOf(r)
  return rows
    .filter((r) => r.used > 0)
    .map((r) => ({ relief: r.relief, used: r.used, helpedMost: r.helpedMost }))
    .sort(
      (a, b) => b.helpedMost - a.helpedMost || b.used - a.used || order(a.relief) - order(b.relief),
    )
}

export function reliefSummary(relief: ReliefCount[]): string {
  const top = relief[0]
  if (!top) return 'No relief noted in this period.'
  if (top.helpedMost === 0)
    return `You tried ${reliefPhrase[top.relief]} most (${count(top.used, 'time')}); nothing was marked as helping most yet.`
  return `${capitalise(reliefPhrase[top.relief])} helped most ${count(top.helpedMost, 'time')} out of ${top.used} tried.`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
