import { describe, expect, it } from 'vitest'
import { builtInRoutines } from '@shared/domain/routines/catalogue'
import { aboutText, countdownText, modeText, routineLengthMs, stepSummary } from './format'

describe('routine wording', () => {
  it('states the built-ins’ lengths as CONTENT.md does, within a minute', () => {
    const lengths = Object.fromEntries(
      builtInRoutines.map((r) => [r.id, aboutText(routineLengthMs(r))]),
    )
    expect(lengths['builtin-desk-break']).toBe('about 3 min')
    expect(lengths['builtin-bedtime']).toMatch(/^about [45] min$/)
    expect(lengths['builtin-cramp-relief']).toMatch(/^about [34] min$/)
  })

  it('counts down in whole seconds, rounding up so 0:00 only shows at the end', () => {
    expect(countdownText(30_000)).toBe('0:30')
    expect(countdownText(29_000.4)).toBe('0:30')
    expect(countdownText(1)).toBe('0:01')
    expect(countdownText(0)).toBe('0:00')
    expect(countdownText(600_000)).toBe('10:00')
  })

  it('describes holds and reps plainly', () => {
    const step = (routine: string, index: number) => {
      const found = builtInRoutines.find((r) => r.id === routine)?.steps[index]
      if (!found) throw new Error(`no step ${index} in ${routine}`)
      return found
    }
    expect(modeText(step('builtin-cramp-relief', 0))).toBe('Hold 20 s, 3 times, 10 s rest between')
    expect(stepSummary(step('builtin-strength', 1))).toBe(
      '2 sets of 8 reps, 45 s rest between · each leg in turn · then 1 min rest',
    )
  })
})
