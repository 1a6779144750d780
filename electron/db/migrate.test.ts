import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/temp-dir'
import { openConnection } from './connection'
import { migrate } from './migrate'
import type { Migration } from './migrations'

const tempDir = useTempDirs()

const createParent: Migration = {
  version: 1,
  name: 'parent',
  up: (db) => db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY)'),
}
const createChild: Migration = {
  version: 2,
  name: 'child',
  up: (db) =>
    db.exec('CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))'),
}

function tables(db: ReturnType<typeof openConnection>): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
}

describe('migrate', () => {
  it('applies pending steps in order and records the version', () => {
    const db = openConnection(join(tempDir(), 'a.db'))
    expect(migrate(db, [createParent])).toEqual([1])
    expect(migrate(db, [createParent, createChild])).toEqual([2])
    expect(migrate(db, [createParent, createChild])).toEqual([])
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(tables(db)).toEqual(['child', 'parent'])
    db.close()
  })

  it('refuses migrations out of order or repeated', () => {
    const db = openConnection(join(tempDir(), 'a.db'))
    expect(() => migrate(db, [createChild, createParent])).toThrow(/strictly increasing/)
    expect(() => migrate(db, [createParent, { ...createChild, version: 1 }])).toThrow(
      /strictly increasing/,
    )
    expect(tables(db)).toEqual([])
    db.close()
  })

  it('rolls back a failing step entirely and keeps earlier steps', () => {
    const db = openConnection(join(tempDir(), 'a.db'))
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x)')
        throw new Error('boom')
      },
    }
    expect(() => migrate(db, [createParent, broken])).toThrow('boom')
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(tables(db)).toEqual(['parent'])
    db.close()
  })

  it('rolls back a step that leaves foreign key violations', () => {
    const db = openConnection(join(tempDir(), 'a.db'))
    migrate(db, [createParent, createChild])
    const orphan: Migration = {
      version: 3,
      name: 'orphan',
      up: (d) => {
        // foreign_keys cannot be switched off inside a transaction, so the
        // violation is made the way a buggy migration would: deferred.
        d.pragma('defer_foreign_keys = ON')
        d.exec('INSERT INTO child (id, parent_id) VALUES (1, 42)')
      },
    }
    expect(() => migrate(db, [createParent, createChild, orphan])).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(db.prepare('SELECT count(*) FROM child').pluck().get()).toBe(0)
    db.close()
  })

  it('refuses to run on a database newer than the app', () => {
    const db = openConnection(join(tempDir(), 'a.db'))
    db.pragma('user_version = 5')
    expect(() => migrate(db, [createParent, createChild])).toThrow(/newer/)
    expect(tables(db)).toEqual([])
    db.close()
  })
})
