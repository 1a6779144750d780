import { describe, expect, it } from 'vitest'
import {
  clockFace,
  durationText,
  episodeTitle,
  episodeWhen,
  secondsText,
  spokenDuration,
} from './format'

describe('episode wording', () => {
  it('shows the time on the clock the user saw, whatever the current zone', () => {
    // 01:30 UTC logged at UTC+9 was 10:30 for the user.
    const e = { startedAt: Date.parse('2026-03-08T01:30:00Z'), utcOffsetMin: 540 }
    expect(episodeWhen(e, Date.parse('2026-06-01T00:00:00Z'))).toBe('Sun 8 Mar, 10:30')
    expect(episodeWhen(e, Date.parse('2027-01-01T00:00:00Z'))).toBe('Sun 8 Mar 2026, 10:30')
  })

  it('names the leg and muscle', () => {
    expect(episodeTitle({ side: 'left', muscle: 'hamstring' })).toBe('Left hamstring')
    expect(episodeTitle({ side: 'right', muscle: 'thigh_front' })).toBe('Right front of thigh')
    expect(episodeTitle({ side: 'both', muscle: 'calf' })).toBe('Calf, both legs')
  })

  it('gives an exact length, else the range, else nothing', () => {
    expect(durationText({ durationSec: 80, durationBucket: '30s_2m' })).toBe('1 min 20 s')
    expect(durationText({ durationSec: null, durationBucket: 'over_10m' })).toBe('Over 10 min')
    expect(durationText({ durationSec: null, durationBucket: null })).toBeNull()
    expect(secondsText(45)).toBe('45 s')
    expect(secondsText(600)).toBe('10 min')
    expect(secondsText(3900)).toBe('1 h 5 min')
  })

  it('draws and speaks the stopwatch', () => {
    expect(clockFace(7_900)).toBe('0:07')
    expect(clockFace(750_000)).toBe('12:30')
    expect(clockFace(3_723_000)).toBe('1:02:03')
    expect(spokenDuration(65_000)).toBe('1 minute 5 seconds')
    expect(spokenDuration(120_000)).toBe('2 minutes')
    expect(spokenDuration(1_000)).toBe('1 second')
  })
})
