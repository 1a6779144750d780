import { afterEach, describe, expect, it } from 'vitest'
import { emptyCheckIn } from '../../../shared/domain/checkin'
import { testCore } from '../../testing/core'
import { episodeInput } from '../../testing/episodes'
import { useTempDirs } from '../../testing/temp-dir'
import type { Core } from '../core'
import { addSession, at } from './test-journal'

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function setup() {
  const t = testCore(tempDir(), Date.UTC(2026, 10, 25, 9))
  open.push(t.core)
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
})
