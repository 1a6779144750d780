import { useState } from 'react'
import { useSearchParams } from 'react-router'

/** The periods Trends offers; the value is what the URL and `trends:data` carry. */
export const rangeOptions = [
  { value: '4w', label: '4 weeks' },
  { value: '3m', label: '3 months' },
  { value: '12m', label: '12 months' },
  { value: 'all', label: 'All time' },
] as const

export type TrendsRange = (typeof rangeOptions)[number]['value']

/** Three months: enough weeks for a pattern, recent enough to reflect today's habits. */
export const DEFAULT_RANGE: TrendsRange = '3m'

export function parseRange(value: string | null): TrendsRange {
  return rangeOptions.find((o) => o.value === value)?.value ?? DEFAULT_RANGE
}

export function rangeLabel(range: TrendsRange): string {
  return rangeOptions.find((o) => o.value === range)?.label ?? range
}

/**
 * The range in the address (`?range=12m`), so Back and a reload keep it.
 * The default leaves the address bare. The router commits URL changes in a
 * transition, so the radios read a local copy that changes at once; a URL
 * change from outside (Back, a link) replaces it.
 */
export function useUrlRange(): [TrendsRange, (range: TrendsRange) => void] {
  const [params, setParams] = useSearchParams()
  const fromUrl = parseRange(params.get('range'))
  const [range, setRange] = useState(fromUrl)
  const [seen, setSeen] = useState(fromUrl)
  if (seen !== fromUrl) {
    setSeen(fromUrl)
    setRange(fromUrl)
  }
  const change = (next: TrendsRange) => {
    // Only the local copy: `seen` still names the old URL, so the new one,
    // once committed, is taken as is rather than read as a change from outside.
    setRange(next)
    const search = new URLSearchParams(params)
    if (next === DEFAULT_RANGE) search.delete('range')
    else search.set('range', next)
    setParams(search, { replace: true })
  }
  return [range, change]
}
