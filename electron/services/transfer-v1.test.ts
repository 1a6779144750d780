import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyCheckIn, type CheckIn } from '../../shared/domain/checkin'
import type { JournalFileV1 } from '../../shared/domain/journal-file-v1'
import { openConnection } from '../db/connection'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { useTempDirs } from '../testing/temp-dir'
import { MED_ID, versionSixJournal } from '../testing/version-six'
import { CheckInsService } from './checkins'
import type { Core } from './core'

const tempDir = useTempDirs()
const open: Core[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

function setup() {
  const t = testCore(tempDir())
  open.push(t.core)
  return t.core.services()
}

/** A file as Limber wrote it before routines, reminders and settings were exported. */
function versionOneFile(checkIns: CheckIn[]): string {
  const s = setup()
  const episode = s.journal.create(episodeInput({ notes: 'from the old file' }), 'form')
  const file: JournalFileV1 = {
    format: 'limber-journal',
    version: 1,
    exportedAt: Date.UTC(2026, 10, 1),
    episodes: [episode],
    checkIns,
    medications: [
      { id: MED_ID, name: 'Amlodipine', kind: 'blood_pressure', startedOn: null, archived: false },
    ],
  }
  return JSON.stringify(file, null, 2)
}

const quiet = (date: string): CheckIn => ({
  ...emptyCheckIn(date),
  nightReport: 'none',
  updatedAt: 1000,
})

describe('Importing a version 1 export', () => {
  it('still imports, with quiet-night answers as answers and not as empty days', () => {
    const file = versionOneFile([
      quiet('2026-11-01'),
      { ...quiet('2026-11-02'), waterMl: 1500 },
      { ...emptyCheckIn('2026-11-03'), medicationIds: [MED_ID], updatedAt: 1000 },
    ])
    const target = setup()
    expect(target.transfer.import(file)).toMatchObject({
      episodes: { added: 1 },
      checkIns: { added: 2 },
      nightAnswers: { added: 2 },
      medications: { added: 1 },
      routines: { added: 0 },
    })
    expect(target.checkIns.between('2026-11-01', '2026-11-30').map((c) => c.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
    ])
    expect(target.checkIns.get('2026-11-01')).toMatchObject({
      checkIn: null,
      night: { report: 'none', updatedAt: 1000 },
    })
    expect(target.journal.list({ filter: {}, cursor: null, limit: 10 }).items).toHaveLength(1)
  })

  it('gives the same journal as the same rows upgraded by migration 7', () => {
    const db = openConnection(join(tempDir(), 'limber.db'))
    versionSixJournal(db)
    // The rows as version 1 exported them (the app of that time read the same table).
    const rows = db
      .prepare(
        `SELECT c.*, (SELECT json_group_array(medication_id) FROM checkin_medications m
           WHERE m.date = c.date) AS medication_ids FROM checkins c ORDER BY date`,
      )
      .all() as Record<string, unknown>[]
    const asV1: CheckIn[] = rows.map((r) => ({
      date: r.date as string,
      waterMl: r.water_ml as number,
      electrolytes: JSON.parse(r.electrolytes as string) as CheckIn['electrolytes'],
      caffeineDrinks: r.caffeine_drinks as number,
      exercise: JSON.parse(r.exercise as string) as CheckIn['exercise'],
      sittingHours: r.sitting_hours as number,
      stretchedBeforeBed: r.stretched_before_bed === 1,
      sleepQuality: r.sleep_quality as number | null,
      medicationIds: (JSON.parse(r.medication_ids as string) as string[]).filter(Boolean),
      nightReport: r.night_report as CheckIn['nightReport'],
      note: r.note as string,
      updatedAt: r.updated_at as number,
    }))
    migrate(db, migrations)
    const migrated = new CheckInsService(db, { now: () => 0, utcOffsetMin: () => 60 })
    const imported = setup()
    imported.transfer.import(versionOneFile(asV1))
    const range = ['2026-11-01', '2026-11-30'] as const
    expect(imported.checkIns.between(...range)).toEqual(migrated.between(...range))
    expect(imported.checkIns.nightAnswers(...range)).toEqual(migrated.nightAnswers(...range))
    db.close()
  })
})
