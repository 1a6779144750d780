import { describe, expect, it } from 'vitest'
import {
  activeFilters,
  filterFromParams,
  hasAnyFilter,
  hasEpisodeFilter,
  paramsFromFilter,
} from './filters'

describe('journal filters in the URL', () => {
  it('reads every filter the contract knows', () => {
    const params = new URLSearchParams(
      'from=2026-01-01&to=2026-02-28&muscle=calf&side=both&context=asleep&trigger=heat&minPain=6&redFlag=1&q=%20stairs%20',
    )
    expect(filterFromParams(params)).toEqual({
      from: '2026-01-01',
      to: '2026-02-28',
      muscle: 'calf',
      side: 'both',
      context: 'asleep',
      trigger: 'heat',
      minPain: 6,
      redFlag: true,
      text: 'stairs',
    })
  })

  it('drops values main would refuse instead of failing the whole journal', () => {
    const params = new URLSearchParams(
      'from=2026-02-31&to=tomorrow&muscle=elbow&side=up&context=&trigger=gravity&minPain=11&redFlag=yes&q=%20%20',
    )
    expect(filterFromParams(params)).toEqual({})
    expect(filterFromParams(new URLSearchParams('minPain=0'))).toEqual({})
  })

  it('writes only what is set, and reads back the same filter', () => {
    const filter = { muscle: 'hamstring' as const, minPain: 3, redFlag: true, text: 'night run' }
    const params = paramsFromFilter({ ...filter, side: undefined })
    expect(params.toString()).toBe('muscle=hamstring&minPain=3&redFlag=1&q=night+run')
    expect(filterFromParams(params)).toEqual(filter)
  })

  it('tells cramp-only filters (which hide check-ins) from a date range', () => {
    expect(hasEpisodeFilter({ from: '2026-01-01', to: '2026-01-31' })).toBe(false)
    expect(hasAnyFilter({ from: '2026-01-01' })).toBe(true)
    for (const filter of [
      { muscle: 'calf' as const },
      { side: 'left' as const },
      { context: 'asleep' as const },
      { trigger: 'heat' as const },
      { minPain: 1 },
      { redFlag: true },
      { text: 'stairs' },
    ]) {
      expect(hasEpisodeFilter(filter)).toBe(true)
    }
    expect(hasAnyFilter({})).toBe(false)
  })

  it('names the filters in use for their chips, in the form’s wording', () => {
    expect(
      activeFilters({ muscle: 'thigh_front', minPain: 7, redFlag: true }).map((c) => c.label),
    ).toEqual(['Muscle: Front of thigh', 'Pain 7+', 'With a warning sign'])
  })
})
