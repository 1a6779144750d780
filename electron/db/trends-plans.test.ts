import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/temp-dir'
import { openConnection } from './connection'
import { DB_FILE } from './constants'
import { migrate } from './migrate'
import { migrations } from './migrations'
import { TrendsRepository } from './trends-repo'

const tempDir = useTempDirs()

/**
 * Trends for ten years stays fast only while every chart reads the journal
 * through its indexes. SQLite picks plans itself, so a schema change could
 * quietly turn a chart into a table scan; this holds the plans in place.
 */
describe('Trends query plans', () => {
  it('read cramps from covering indexes and never scan a journal table', () => {
    const db = openConnection(join(tempDir(), DB_FILE))
    migrate(db, migrations)
    const statements: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = (sql: string) => {
      statements.push(sql)
      return prepare(sql)
    }
    new TrendsRepository(db).rows({
      from: '2016-11-28',
      to: '2026-11-25',
      night: { start: '22:00', end: '07:00' },
      waterTargetMl: 2000,
    })
    db.prepare = prepare

    expect(statements.length).toBeGreaterThanOrEqual(8)
    const params = { from: '2016-11-28', to: '2026-11-25', ns: 1320, ne: 420, target: 2000 }
    for (const sql of statements) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ')
      expect(plan, sql).not.toMatch(/SCAN (episodes|checkins|reminder_history|routine_sessions)\b/)
      if (/\bepisodes\b/.test(plan)) {
        expect(plan, sql).toMatch(/episodes USING COVERING INDEX/)
      }
    }
    db.close()
  })
})
