import { describe, expect, it } from 'vitest'
import { shiftDate } from './local-time'
import { AFTER_START, medicationReviewNote, type MedicationReviewInput } from './medication-review'
import { journalFlags } from './red-flags'
import { storedCramp } from '../testing/cramps'

const TODAY = '2026-11-25'
const night = { start: '22:00', end: '07:00' }
const statin = { name: 'Atorvastatin', kind: 'statin' as const, startedOn: null }
const flags = journalFlags(
  [
    storedCramp({
      id: '00000000-0000-4000-8000-000000000001',
      startedAt: Date.parse('2026-11-20T12:00:00Z'),
      soreness: 3,
    }),
  ],
  TODAY,
  night,
)

/** Cramps on the given local dates, counted the way the repositories count them. */
function counter(dates: string[]): MedicationReviewInput['cramps'] {
  return (from, to) => dates.filter((d) => d >= from && d <= to).length
}

function note(over: Partial<MedicationReviewInput>): string | null {
  return medicationReviewNote({
    flags: [],
    medications: [],
    asOf: TODAY,
    cramps: counter([]),
    ...over,
  })
}

describe('medication review note', () => {
  it('with a red flag and a medicine of a kind that may contribute: says "some … may"', () => {
    const text = note({ flags, medications: [statin] })
    expect(text).toBe(
      'Some statins may contribute to cramps, and you take one. With the signs above, ask about a medication review. Do not stop a prescribed medicine on your own.',
    )
    expect(note({ flags, medications: [{ ...statin, kind: 'other' }] })).toBeNull()
    expect(note({ medications: [statin] })).toBeNull()
  })

  it('names every kind taken, never all medicines of a kind', () => {
    const text = note({
      flags,
      medications: [
        { ...statin, kind: 'diuretic' },
        { ...statin, kind: 'blood_pressure' },
      ],
    })
    expect(text).toMatch(/^Some diuretics and some blood-pressure medicines may contribute/)
  })

  describe('cramps that start or rise after a medicine’s start date', () => {
    const started = shiftDate(TODAY, -19) // 20 days on it, today included
    const med = { ...statin, startedOn: started }
    const since = (n: number) => Array.from({ length: n }, (_, i) => shiftDate(started, i))
    const before = (n: number) => Array.from({ length: n }, (_, i) => shiftDate(started, -1 - i))

    it(`suggests a review at ${AFTER_START.atLeast} cramps since, none before, with no red flag`, () => {
      const text = note({ medications: [med], cramps: counter(since(3)) })
      expect(text).toBe(
        'You logged 3 cramps in the 20 days since starting Atorvastatin on 6 Nov 2026, and 0 in the 20 days before. Some statins may contribute to cramps: ask about a medication review. Do not stop a prescribed medicine on your own.',
      )
      expect(note({ medications: [med], cramps: counter(since(2)) })).toBeNull()
    })

    it('needs at least twice as many as in the same number of days before', () => {
      expect(note({ medications: [med], cramps: counter([...since(4), ...before(2)]) })).toMatch(
        /4 cramps in the 20 days since .* and 2 in the 20 days before/,
      )
      expect(note({ medications: [med], cramps: counter([...since(4), ...before(3)]) })).toBeNull()
      // The day before those 20 days does not count as "before".
      const older = [...since(4), ...before(2), shiftDate(started, -21)]
      expect(note({ medications: [med], cramps: counter(older) })).not.toBeNull()
    })

    it(`looks only at starts within ${AFTER_START.withinDays} days, and not at "other" medicines`, () => {
      const old = { ...statin, startedOn: shiftDate(TODAY, -AFTER_START.withinDays) }
      const dates = Array.from({ length: 10 }, (_, i) => shiftDate(TODAY, -i))
      expect(note({ medications: [old], cramps: counter(dates) })).toBeNull()
      const recent = { ...old, startedOn: shiftDate(TODAY, -(AFTER_START.withinDays - 1)) }
      expect(note({ medications: [recent], cramps: counter(dates) })).not.toBeNull()
      expect(
        note({ medications: [{ ...med, kind: 'other' }], cramps: counter(since(5)) }),
      ).toBeNull()
    })
  })
})
