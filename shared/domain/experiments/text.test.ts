import { describe, expect, it } from 'vitest'
import type { Analysis } from './analysis'
import { changeWords, resultWords } from './text'

const analysis = (bayes: Analysis['bayes'], p: number): Analysis => ({
  pairs: [],
  usablePairs: 4,
  exact: { p, smallestP: 1 / 16, orderings: 16, meanDifference: -0.3 },
  bayes,
  on: { nights: 20, cramps: 6 },
  off: { nights: 20, cramps: 10 },
})

describe('result wording', () => {
  it('says "fewer"/"more" in percent and "times as many" for large increases', () => {
    expect(changeWords(0.6)).toBe('40% fewer')
    expect(changeWords(1.15)).toBe('15% more')
    expect(changeWords(3.2)).toBe('3.2 times as many')
    expect(changeWords(1.001)).toBe('about the same number of')
  })

  it('calls a result with an interval across 1 possibly chance, and names the 1/16 floor', () => {
    const words = resultWords(
      analysis({ median: 0.6, low: 0.3, high: 1.15, pAtLeast20Fewer: 0.8 }, 1 / 16),
      'stretching',
    )
    expect(words?.clear).toBe(false)
    expect(words?.headline).toBe(
      'Nights with stretching had 40% fewer cramps (95% interval: 70% fewer to 15% more). That could still be chance; a longer experiment would tell more.',
    )
    expect(words?.chance).toContain('80%')
    expect(words?.exact).toContain('p = 1/16')
    expect(words?.exact).toContain('the smallest possible p is 1/16')
  })

  it('calls it clear only when the whole interval is on one side of 1', () => {
    const words = resultWords(
      analysis({ median: 0.5, low: 0.3, high: 0.8, pAtLeast20Fewer: 0.97 }, 1 / 16),
      'stretching',
    )
    expect(words?.clear).toBe(true)
    expect(words?.headline).not.toContain('could still be chance')
    expect(resultWords({ ...analysis(null, 1), exact: null }, 'x')).toBeNull()
  })
})
