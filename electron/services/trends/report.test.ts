import { describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import { episodeInput } from '../../testing/episodes'
import { useTestCores } from '../../testing/test-cores'
import { addSession, at } from './test-journal'

const newCore = useTestCores()

function setup() {
  const t = newCore(Date.UTC(2026, 10, 25, 9))
  return { ...t, ...t.core.services(), db: t.core.storage.connection() }
}

describe('Clinician report', () => {
  it('reports the chosen period only, with flags, medicines, relief, routines and notes', () => {
    const { trends, journal, checkIns, db } = setup()
    const med = checkIns.saveMedication({
      name: 'Atorvastatin',
      kind: 'statin',
      startedOn: '2026-06-01',
    })
    journal.create(episodeInput({ startedAt: at('2026-09-01', '12:00'), notes: 'outside' }), 'form')
    journal.create(
      episodeInput({
        startedAt: at('2026-11-20', '02:30'),
        context: 'asleep',
        pain: 9,
        durationSec: 90,
        symptoms: ['numbness'],
        relief: ['stretch'],
        reliefBest: 'stretch',
        notes: 'woke me up',
      }),
      'form',
    )
    journal.create(episodeInput({ startedAt: at('2026-11-22', '16:00') }), 'form')
    checkIns.save({ ...emptyCheckIn('2026-11-21'), medicationIds: [med.id], note: 'new shoes' })
    addSession(db, at('2026-11-21', '22:00'), 'bedtime')

    const r = trends.report.data({ from: '2026-10-27', to: '2026-11-25' })
    expect(r).toMatchObject({ from: '2026-10-27', to: '2026-11-25', days: 30, cramps: 2 })
    expect(r.nightsAffected).toBe(1)
    expect(r.pain).toEqual({ average: 7, peak: 9, severe: 1 })
    expect(r.redFlags.filter((f) => f.present).map((f) => f.key)).toEqual(['with_signs'])
    expect(r.medications).toEqual([
      { name: 'Atorvastatin', kind: 'statin', startedOn: '2026-06-01', mayContribute: true },
    ])
    expect(r.medicationNote).toMatch(/medication review/)
    expect(r.tried).toEqual([{ relief: 'stretch', used: 1, helpedMost: 1 }])
    expect(r.routinesDone).toEqual([{ kind: 'bedtime', count: 1 }])
    expect(r.notes.map((n) => n.text)).toEqual(['new shoes', 'woke me up'])
    expect(r.generatedOn).toBe('2026-11-25')
  })

  it('a 90-day report lists numbness logged on day 10, and names each window it read', () => {
    const { trends, journal } = setup()
    const from = '2026-08-28' // 90 days to 25 Nov
    journal.create(
      episodeInput({ startedAt: at('2026-09-06', '15:00'), symptoms: ['numbness'] }),
      'form',
    )
    const r = trends.report.data({ from, to: '2026-11-25' })
    const signs = r.redFlags.find((f) => f.key === 'with_signs')
    expect(signs?.present).toBe(true)
    expect(signs?.found).toBe('1 entry in the whole period (28 Aug 2026 to 25 Nov 2026)')
    const frequent = r.redFlags.find((f) => f.key === 'frequent')
    expect(frequent?.present).toBe(false)
    expect(frequent?.rule).toBe('10 or more cramps in the 30 days to 25 Nov 2026.')
    expect(r.redFlags.find((f) => f.key === 'most_nights')?.found).toBe(
      '0 of the 7 nights before 25 Nov 2026',
    )
    // The same entry is outside a 30-day report.
    const month = trends.report.data({ from: '2026-10-27', to: '2026-11-25' })
    expect(month.redFlags.find((f) => f.key === 'with_signs')?.present).toBe(false)
  })

  it('frequency rules count cramps before a short period starts, as the period’s end saw them', () => {
    const { trends, journal } = setup()
    for (let day = 1; day <= 10; day++) {
      const date = `2026-11-${String(day + 10).padStart(2, '0')}`
      journal.create(episodeInput({ startedAt: at(date, '15:00') }), 'form')
    }
    const week = trends.report.data({ from: '2026-11-19', to: '2026-11-25' })
    expect(week.cramps).toBe(2)
    const frequent = week.redFlags.find((f) => f.key === 'frequent')
    expect(frequent?.present).toBe(true)
    expect(frequent?.found).toBe('10 cramps in the 30 days to 25 Nov 2026')
  })

  it('suggests a medication review when cramps rose after a medicine was started', () => {
    const { trends, journal, checkIns } = setup()
    checkIns.saveMedication({ name: 'Furosemide', kind: 'diuretic', startedOn: '2026-11-06' })
    for (const date of ['2026-11-08', '2026-11-14', '2026-11-21'])
      journal.create(episodeInput({ startedAt: at(date, '15:00') }), 'form')
    const r = trends.report.data({ from: '2026-10-27', to: '2026-11-25' })
    expect(r.redFlags.some((f) => f.present)).toBe(false)
    expect(r.medicationNote).toBe(
      'You logged 3 cramps in the 20 days since starting Furosemide on 6 Nov 2026, and 0 in the 20 days before. Some diuretics may contribute to cramps: ask about a medication review. Do not stop a prescribed medicine on your own.',
    )
    expect(r.medications[0]?.mayContribute).toBe(true)
  })
})
