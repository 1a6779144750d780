import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ManualClock } from '../../../shared/domain/clock'
import { useTempDirs } from '../../testing/temp-dir'
import { CheckInsService } from '../../services/checkins'
import { MED_ID, versionSixJournal } from '../../testing/version-six'
import { openConnection } from '../connection'
import { migrate } from '../migrate'
import { migrations } from '.'

const tempDir = useTempDirs()

describe('Migration 7: night answers apart from check-ins', () => {
  it('keeps every answer and removes only check-ins that held nothing else', () => {
    const db = openConnection(join(tempDir(), 'limber.db'))
    versionSixJournal(db)
    migrate(db, migrations)
    const checkIns = new CheckInsService(db, new ManualClock(Date.UTC(2026, 10, 25, 9), () => 60))

    expect(checkIns.nightAnswers('2026-11-01', '2026-11-30')).toEqual([
      { date: '2026-11-01', report: 'none', updatedAt: 1000 },
      { date: '2026-11-02', report: 'cramps', updatedAt: 2000 },
      { date: '2026-11-03', report: 'none', updatedAt: 1000 },
      { date: '2026-11-04', report: 'none', updatedAt: 1000 },
      { date: '2026-11-05', report: 'none', updatedAt: 1000 },
    ])
    const days = checkIns.between('2026-11-01', '2026-11-30')
    expect(days.map((c) => [c.date, c.nightReport])).toEqual([
      ['2026-11-03', 'none'],
      ['2026-11-04', 'none'],
      ['2026-11-05', 'none'],
      ['2026-11-06', null],
      ['2026-11-07', null],
    ])
    expect(days.find((c) => c.date === '2026-11-05')?.medicationIds).toEqual([MED_ID])
    // Quiet mornings alone are no longer days of 0 water.
    expect(checkIns.get('2026-11-02')).toMatchObject({ checkIn: null, night: { report: 'cramps' } })
    expect(
      db
        .prepare("SELECT COUNT(*) FROM pragma_table_info('checkins') WHERE name = 'night_report'")
        .pluck()
        .get(),
    ).toBe(0)
    db.close()
  })
})
