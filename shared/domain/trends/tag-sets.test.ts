import { describe, expect, it } from 'vitest'
import { reliefCounts, triggerCounts } from './tag-sets'

describe('tag sets', () => {
  it('counts each trigger once per cramp whose list holds it', () => {
    const rows = triggerCounts([
      { triggers: '["dehydration","heat"]', cramps: 3 },
      { triggers: '["dehydration"]', cramps: 2 },
      { triggers: '[]', cramps: 7 },
    ])
    expect(rows).toEqual([
      { trigger: 'dehydration', cramps: 5 },
      { trigger: 'heat', cramps: 3 },
    ])
  })

  it('counts relief tried and picked as helping most, best only when in the list', () => {
    const rows = reliefCounts([
      { relief: '["stretch","walking"]', best: 'stretch', cramps: 4 },
      { relief: '["stretch"]', best: null, cramps: 1 },
      { relief: '["walking"]', best: 'stretch', cramps: 2 },
      { relief: '[]', best: null, cramps: 9 },
    ])
    expect(rows).toEqual([
      { relief: 'stretch', used: 5, helpedMost: 4 },
      { relief: 'walking', used: 6, helpedMost: 0 },
    ])
  })

  it('answers no rows for no cramps', () => {
    expect(triggerCounts([])).toEqual([])
    expect(reliefCounts([])).toEqual([])
  })
})
