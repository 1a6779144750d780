import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../shared/domain/checkin'
import { episodeInput } from '../testing/episodes'
import { useTestCores } from '../testing/test-cores'
import { todaySummary } from './today'

const newCore = useTestCores()

// 08:00 local (UTC+1) on 25 November 2026.
function setup(now = Date.UTC(2026, 10, 25, 7)) {
  const t = newCore(now)
  const s = t.core.services()
  const summary = () => todaySummary(t.clock, s.journal, s.checkIns, t.core.nightWindow())
  return { ...t, ...s, summary }
}

describe('CheckInsService', () => {
  it('saves one check-in per date and offers the previous day for "same as yesterday"', () => {
    const { checkIns } = setup()
    const med = checkIns.saveMedication({
      name: 'Amlodipine',
      kind: 'blood_pressure',
      startedOn: '2026-09-01',
    })
    checkIns.save({
      ...emptyCheckIn('2026-11-23'),
      waterMl: 1500,
      medicationIds: [med.id],
      exercise: [
        {
          type: 'Run',
          minutes: 40,
          effort: 7,
          hardOrNew: true,
          warmedUp: false,
          cooledDown: true,
          hot: false,
        },
      ],
    })
    checkIns.save({ ...emptyCheckIn('2026-11-23'), waterMl: 1750, medicationIds: [med.id] })
    const day = checkIns.get('2026-11-24')
    expect(day.checkIn).toBeNull()
    expect(day.previous).toMatchObject({
      date: '2026-11-23',
      waterMl: 1750,
      medicationIds: [med.id],
      exercise: [],
    })
    expect(checkIns.between('2026-11-01', '2026-11-30')).toHaveLength(1)
  })

  it('refuses a future date and an unknown medication, saving nothing', () => {
    const { checkIns } = setup()
    expect(() => checkIns.save(emptyCheckIn('2026-11-26'))).toThrow(/not happened yet/)
    expect(() =>
      checkIns.save({
        ...emptyCheckIn('2026-11-25'),
        medicationIds: ['00000000-0000-4000-8000-000000000001'],
      }),
    ).toThrow(/not in your list/)
    expect(checkIns.get('2026-11-25').checkIn).toBeNull()
  })

  it('edits medications in place and keeps archived ones last', () => {
    const { checkIns } = setup()
    const a = checkIns.saveMedication({ name: 'zeta', kind: 'statin', startedOn: null })
    checkIns.saveMedication({ name: 'Alpha', kind: 'other', startedOn: null })
    checkIns.saveMedication({ ...a, archived: true })
    expect(checkIns.medications().map((m) => [m.name, m.archived])).toEqual([
      ['Alpha', false],
      ['zeta', true],
    ])
  })
})

describe('Today summary', () => {
  it('asks about last night in the morning, and a "No" answers it', () => {
    const { summary, checkIns } = setup()
    expect(summary()).toMatchObject({
      date: '2026-11-25',
      askAboutLastNight: true,
      lastNightCramps: 0,
    })
    checkIns.setNightReport('2026-11-25', 'none')
    expect(summary().askAboutLastNight).toBe(false)
    // The answer is about the night only: the day has no check-in until one is saved.
    expect(checkIns.get('2026-11-25')).toMatchObject({ checkIn: null, night: { report: 'none' } })
  })

  it('keeps the morning answer beside a check-in saved later, and a glass of water keeps it too', () => {
    const { checkIns, core } = setup()
    checkIns.setNightReport('2026-11-25', 'cramps')
    core.reminders()?.done('hydrate')
    expect(checkIns.get('2026-11-25').checkIn).toMatchObject({
      waterMl: 250,
      nightReport: 'cramps',
    })
    checkIns.save({ ...emptyCheckIn('2026-11-25'), waterMl: 750, nightReport: 'cramps' })
    expect(checkIns.get('2026-11-25').checkIn).toMatchObject({
      waterMl: 750,
      nightReport: 'cramps',
    })
    checkIns.save({ ...emptyCheckIn('2026-11-25'), waterMl: 750, nightReport: null })
    expect(checkIns.get('2026-11-25').night).toBeNull()
    expect(() => checkIns.setNightReport('2026-11-26', 'none')).toThrow(/not happened yet/)
  })

  it('does not ask when a cramp was logged last night, or in the afternoon', () => {
    const { summary, journal } = setup()
    journal.create(
      episodeInput({ startedAt: Date.UTC(2026, 10, 25, 2), context: 'asleep' }),
      'form',
    ) // 03:00 local
    expect(summary()).toMatchObject({ askAboutLastNight: false, lastNightCramps: 1 })
    const afternoon = setup(Date.UTC(2026, 10, 25, 13))
    expect(afternoon.summary().askAboutLastNight).toBe(false)
  })

  it('shows red flags and the medication review note', () => {
    const { summary, journal, checkIns } = setup()
    checkIns.saveMedication({ name: 'Furosemide', kind: 'diuretic', startedOn: '2026-10-01' })
    journal.create(
      episodeInput({ startedAt: Date.UTC(2026, 10, 24, 12), symptoms: ['swelling'] }),
      'form',
    )
    const s = summary()
    expect(s.flags.map((f) => f.key)).toEqual(['with_signs'])
    expect(s.medicationNote).toMatch(/medication review/)
  })
})
