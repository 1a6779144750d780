import type { Database } from 'better-sqlite3'
import type { Migration } from './migrations/types'

/** Refuses lists that are out of order or repeat a version. */
export function assertOrdered(migrations: readonly Migration[]): void {
  let previous = 0
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(
        `Migrations must have strictly increasing versions: ${m.name} (${m.version}) after ${previous}`,
      )
    }
    previous = m.version
  }
}

/**
 * Runs the pending steps, each in its own transaction with the
 * `user_version` bump and a `foreign_key_check`, so a failure leaves the
 * database at the last good version. Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  assertOrdered(migrations)
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) {
    // The caller checks this before opening for writing; this is a last guard.
    throw new Error(`Database version ${current} is newer than this app (${latest})`)
  }
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
      const violations = db.pragma('foreign_key_check') as unknown[]
      if (violations.length > 0) {
        throw new Error(`Migration ${m.name} left ${violations.length} foreign key violation(s)`)
      }
    })()
    applied.push(m.version)
  }
  return applied
}
