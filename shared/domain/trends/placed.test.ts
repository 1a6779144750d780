import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CrampContext } from '../episode'
import { localDate, localMinuteOfDay } from '../local-time'
import { crampNight } from '../red-flags'
import { placedGroup, placedNight } from './placed'

const windows = [
  { start: '22:00', end: '07:00' },
  { start: '23:30', end: '06:15' },
  { start: '00:00', end: '06:00' },
  { start: '21:00', end: '21:00' },
]

describe('placedNight', () => {
  it('names the same night as red-flags crampNight for any instant, offset and window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(-600, -300, 0, 60, 120, 330, 780),
        fc.constantFrom(...CrampContext.options),
        fc.constantFrom(...windows),
        (at, utcOffsetMin, context, night) => {
          const instant = { at, utcOffsetMin }
          const e = {
            id: 'x',
            startedAt: at,
            utcOffsetMin,
            context,
            pain: 5,
            symptoms: [],
            soreness: null,
            durationSec: null,
            durationBucket: null,
          }
          const placed = {
            localDate: localDate(instant),
            localMinute: localMinuteOfDay(instant),
            context,
          }
          expect(placedNight(placed, night)).toBe(crampNight(e, night))
        },
      ),
      { seed: 6, numRuns: 300 },
    )
  })

  it('puts a 03:00 cramp on the night before and an exercise cramp at 23:00 under exercise', () => {
    const night = { start: '22:00', end: '07:00' }
    const at3 = { localDate: '2026-03-29', localMinute: 180, context: 'resting' as const }
    expect(placedNight(at3, night)).toBe('2026-03-28')
    expect(placedGroup(at3, night)).toBe('night')
    const late = { localDate: '2026-03-29', localMinute: 23 * 60, context: 'exercise' as const }
    expect(placedGroup(late, night)).toBe('exercise')
    const nap = { localDate: '2026-03-29', localMinute: 14 * 60, context: 'asleep' as const }
    expect(placedNight(nap, night)).toBe('2026-03-29')
  })
})
