import type { EpisodeFilter } from '@shared/contract/journal'
import { isLocalDate } from '@renderer/features/checkins'
import {
  contextOptions,
  muscleOptions,
  sideOptions,
  triggerOptions,
  type Option,
} from '@renderer/features/episodes'

/**
 * The journal's filters live in the URL query string (`#/journal?muscle=calf`)
 * so they survive going to an entry and back. Unknown or malformed values
 * are dropped rather than sent to main, where they would fail the contract.
 */
export const filterParams = {
  from: 'from',
  to: 'to',
  muscle: 'muscle',
  side: 'side',
  context: 'context',
  trigger: 'trigger',
  minPain: 'minPain',
  redFlag: 'redFlag',
  text: 'q',
} as const satisfies Record<keyof EpisodeFilter, string>

function oneOf<K extends string>(
  options: readonly Option<K>[],
  value: string | null,
): K | undefined {
  return options.find((option) => option.value === value)?.value
}

/** What the URL asks for, as a contract filter with only valid keys set. */
export function filterFromParams(params: URLSearchParams): EpisodeFilter {
  const filter: EpisodeFilter = {}
  const from = params.get(filterParams.from)
  if (from && isLocalDate(from)) filter.from = from
  const to = params.get(filterParams.to)
  if (to && isLocalDate(to)) filter.to = to
  const muscle = oneOf(muscleOptions, params.get(filterParams.muscle))
  if (muscle) filter.muscle = muscle
  const side = oneOf(sideOptions, params.get(filterParams.side))
  if (side) filter.side = side
  const context = oneOf(contextOptions, params.get(filterParams.context))
  if (context) filter.context = context
  const trigger = oneOf(triggerOptions, params.get(filterParams.trigger))
  if (trigger) filter.trigger = trigger
  const minPain = params.get(filterParams.minPain)
  if (minPain !== null && /^(10|[0-9])$/.test(minPain) && minPain !== '0') {
    filter.minPain = Number(minPain)
  }
  if (params.get(filterParams.redFlag) === '1') filter.redFlag = true
  const text = params.get(filterParams.text)?.trim().slice(0, 200)
  if (text) filter.text = text
  return filter
}

/** The query string for a filter; empty keys are left out so URLs stay short. */
export function paramsFromFilter(filter: EpisodeFilter): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of Object.keys(filterParams) as (keyof EpisodeFilter)[]) {
    const value = filter[key]
    if (value === undefined || value === '' || value === false) continue
    params.set(filterParams[key], value === true ? '1' : String(value))
  }
  return params
}

/** Filters that narrow cramps only; a check-in has no muscle, pain or notes to match. */
export function hasEpisodeFilter(filter: EpisodeFilter): boolean {
  return (
    filter.muscle !== undefined ||
    filter.side !== undefined ||
    filter.context !== undefined ||
    filter.trigger !== undefined ||
    filter.minPain !== undefined ||
    filter.redFlag === true ||
    (filter.text ?? '') !== ''
  )
}

export function hasAnyFilter(filter: EpisodeFilter): boolean {
  return hasEpisodeFilter(filter) || filter.from !== undefined || filter.to !== undefined
}

/** The filters in use, in words, for chips that remove them one by one. */
export function activeFilters(
  filter: EpisodeFilter,
): { key: keyof EpisodeFilter; label: string }[] {
  const chips: { key: keyof EpisodeFilter; label: string }[] = []
  const label = <K extends string>(options: readonly Option<K>[], value: K) =>
    options.find((o) => o.value === value)?.label ?? value
  if (filter.text) chips.push({ key: 'text', label: `Notes: “${filter.text}”` })
  if (filter.from) chips.push({ key: 'from', label: `From ${filter.from}` })
  if (filter.to) chips.push({ key: 'to', label: `To ${filter.to}` })
  if (filter.muscle)
    chips.push({ key: 'muscle', label: `Muscle: ${label(muscleOptions, filter.muscle)}` })
  if (filter.side) chips.push({ key: 'side', label: `Side: ${label(sideOptions, filter.side)}` })
  if (filter.context) chips.push({ key: 'context', label: label(contextOptions, filter.context) })
  if (filter.trigger)
    chips.push({ key: 'trigger', label: `Trigger: ${label(triggerOptions, filter.trigger)}` })
  if (filter.minPain !== undefined) chips.push({ key: 'minPain', label: `Pain ${filter.minPain}+` })
  if (filter.redFlag) chips.push({ key: 'redFlag', label: 'With a warning sign' })
  return chips
}
