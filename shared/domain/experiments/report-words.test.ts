import { describe, expect, it } from 'vitest'
import { DEFAULT_DESIGN } from './design'
import { designWords, limitsWords } from './report-words'

describe('experiment words for the clinician report', () => {
  it('describes the default design with its washout and randomised order', () => {
    const words = designWords(DEFAULT_DESIGN, 'the bedtime stretch')
    expect(words).toMatch(/^4 pairs of 7-night periods with the bedtime stretch ON and OFF/)
    expect(words).toContain('drawn at random')
    expect(words).toContain('The first 2 nights of each period are a washout')
    expect(words).toContain('left out, not counted as none')
  })

  it('mentions the baseline week and a single washout night when chosen', () => {
    const words = designWords(
      { pairs: 3, periodNights: 14, washoutNights: 1, baseline: true },
      'a warm-up',
    )
    expect(words).toMatch(/^A 7-night baseline with usual habits, then 3 pairs of 14-night periods/)
    expect(words).toContain('The first night of each period is a washout')
  })

  it('states the smallest possible p for the number of pairs', () => {
    expect(limitsWords(DEFAULT_DESIGN).join(' ')).toContain('p = 1/16 at best')
    expect(limitsWords({ ...DEFAULT_DESIGN, pairs: 3 }).join(' ')).toContain('p = 1/8 at best')
  })
})
