import type { Statement } from 'better-sqlite3'
import type { Db } from './connection'

const caches = new WeakMap<Db, Map<string, Statement>>()

/**
 * The connection's statement for `sql`, prepared on first use. Preparing
 * costs more than running a small insert, so paths that run per row (an
 * import of thousands of entries, the Trends charts on every range change)
 * reuse one. A statement keeps its pluck/raw mode, so each SQL text must
 * always be used the same way.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}
