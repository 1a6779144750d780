import Database from 'better-sqlite3'
import { APPLICATION_ID } from './constants'

export type Db = Database.Database

/**
 * Opens the journal for writing with the durability pragmas. Only called
 * after `inspectDatabase` said the file is ours (or absent).
 */
export function openConnection(dbPath: string, nativeBinding?: string): Db {
  const db = new Database(dbPath, { nativeBinding })
  try {
    db.pragma('journal_mode = WAL')
    // FULL: a committed entry survives power loss, not only a crash.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 2000')
    if (db.pragma('application_id', { simple: true }) === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`)
    }
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
