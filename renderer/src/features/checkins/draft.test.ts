import { describe, expect, it } from 'vitest'
import type { CheckIn } from '@shared/domain/checkin'
import { emptyCheckIn } from '@shared/domain/checkin-basics'
import { draftFrom, newSession, parseDraft, sameAs } from './draft'

const yesterday: CheckIn = {
  date: '2026-03-09',
  waterMl: 1750,
  electrolytes: ['potassium', 'sodium'],
  caffeineDrinks: 2,
  exercise: [
    {
      type: 'Running',
      minutes: 45,
      effort: 7,
      hardOrNew: true,
      warmedUp: true,
      cooledDown: false,
      hot: false,
    },
  ],
  sittingHours: 6.5,
  stretchedBeforeBed: true,
  sleepQuality: 4,
  medicationIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  nightReport: 'cramps',
  note: 'Hill repeats',
  updatedAt: 1,
}

describe('check-in drafts', () => {
  it('"same as yesterday" copies the habits but keeps the day’s own date, night report and note', () => {
    const today = {
      ...draftFrom(emptyCheckIn('2026-03-10'), 'glasses'),
      nightReport: 'none' as const,
      note: 'Felt fine',
    }
    const filled = sameAs(
      yesterday,
      today,
      'glasses',
      new Set(['00000000-0000-4000-8000-000000000002']),
    )
    expect(filled).toMatchObject({
      date: '2026-03-10',
      water: '7',
      electrolytes: ['potassium', 'sodium'],
      caffeine: '2',
      sitting: '6.5',
      stretchedBeforeBed: true,
      sleepQuality: 4,
      // An archived medication is not copied into a new day.
      medicationIds: ['00000000-0000-4000-8000-000000000002'],
      nightReport: 'none',
      note: 'Felt fine',
    })
    expect(filled.exercise).toMatchObject([
      { type: 'Running', minutes: '45', effort: 7, hardOrNew: true },
    ])
  })

  it('reads a filled draft into the contract’s fields, in millilitres', () => {
    const draft = {
      ...draftFrom(emptyCheckIn('2026-03-10'), 'glasses'),
      water: '6',
      caffeine: '',
      sitting: '7,5',
      exercise: [{ ...newSession(), type: ' Cycling ', minutes: '60' }],
    }
    const parsed = parseDraft(draft, 'glasses')
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.fields).toMatchObject({ waterMl: 1500, caffeineDrinks: 0, sittingHours: 7.5 })
    expect(parsed.fields.exercise).toMatchObject([{ type: 'Cycling', minutes: 60, effort: 5 }])
  })

  it('names each problem by the same path main uses, so errors land on their fields', () => {
    const draft = {
      ...draftFrom(emptyCheckIn('2026-03-10'), 'ml'),
      water: 'a lot',
      caffeine: '1.5',
      sitting: '7.25',
      exercise: [newSession(), { ...newSession(), type: 'Swim', minutes: '0' }],
    }
    const parsed = parseDraft(draft, 'ml')
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(Object.keys(parsed.errors).sort()).toEqual([
      'caffeineDrinks',
      'exercise.0.type',
      'exercise.1.minutes',
      'sittingHours',
      'waterMl',
    ])
    expect(parsed.errors.waterMl).toBe('Enter millilitres, such as 1500.')
  })
})
