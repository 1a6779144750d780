import { tzOffset } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'
import { inLabel, nextLabel, pauseLabel } from './labels'
import { startPause } from './pause'

const berlin = (at: number) => tzOffset('Europe/Berlin', new Date(at))
const MIN = 60_000
// Monday 2 March 2026, 10:00 in Berlin.
const now = Date.UTC(2026, 2, 2, 9, 0)

describe('labels', () => {
  it('counts down in whole minutes, rounding up', () => {
    expect(inLabel(0)).toBe('now')
    expect(inLabel(1)).toBe('in 1 min')
    expect(inLabel(11 * MIN + 20_000)).toBe('in 12 min')
    expect(inLabel(60 * MIN)).toBe('in 1 h')
    expect(inLabel(65 * MIN)).toBe('in 1 h 5 min')
  })

  it('says "Move in 12 min" when close, a clock time when further away', () => {
    expect(nextLabel('move', now + 12 * MIN, now, berlin)).toBe('Move in 12 min')
    expect(nextLabel('hydrate', now + 90 * MIN, now, berlin)).toBe('Water in 1 h 30 min')
    expect(nextLabel('bedtime', Date.UTC(2026, 2, 2, 21), now, berlin)).toBe(
      'Bedtime stretch at 22:00',
    )
    expect(nextLabel('morning_checkin', Date.UTC(2026, 2, 3, 7), now, berlin)).toBe(
      'Morning check-in tomorrow at 08:00',
    )
    expect(nextLabel('warm_up', Date.UTC(2026, 2, 7, 17), now, berlin)).toBe(
      'Warm-up on Sat at 18:00',
    )
  })

  it('describes a pause', () => {
    expect(pauseLabel(startPause('30m', now, berlin), now, berlin)).toBe('Paused until 10:30')
    expect(pauseLabel(startPause('tomorrow', now, berlin), now, berlin)).toBe(
      'Paused until tomorrow',
    )
    expect(pauseLabel(startPause('until_resume', now, berlin), now, berlin)).toBe(
      'Paused until you resume',
    )
  })
})
