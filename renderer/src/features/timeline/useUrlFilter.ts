import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { EpisodeFilter } from '@shared/contract/journal'
import { filterFromParams, paramsFromFilter } from './filters'

/**
 * The journal filter, kept in the URL query string so it survives going to
 * an entry and back. The router commits URL changes in a transition, so
 * the controls read a local copy that changes within the event (a checkbox
 * never flickers back); a URL change from outside (Back, a link) replaces it.
 */
export function useUrlFilter() {
  const [params, setParams] = useSearchParams()
  const url = params.toString()
  const [filter, setFilter] = useState<EpisodeFilter>(() => filterFromParams(params))
  const [seenUrl, setSeenUrl] = useState(url)
  const [writtenUrl, setWrittenUrl] = useState<string | null>(null)

  if (seenUrl !== url) {
    setSeenUrl(url)
    if (url !== writtenUrl) setFilter(filterFromParams(params))
  }

  const apply = (next: EpisodeFilter) => {
    const search = paramsFromFilter(next)
    // Normalised the same way a reload would read it back.
    setFilter(filterFromParams(search))
    setWrittenUrl(search.toString())
    setParams(search, { replace: true })
  }

  return {
    filter,
    update: (patch: Partial<EpisodeFilter>) => {
      apply({ ...filter, ...patch })
    },
    clear: () => {
      apply({})
    },
  }
}
