import type { Migration } from './types'

/**
 * The user's own routines (stored whole as validated JSON; built-ins live in
 * code), built-ins the user hid, and every played session for History.
 */
export const routinesMigration: Migration = {
  version: 3,
  name: 'routines',
  up(db) {
    db.exec(`
      CREATE TABLE routines (
        id TEXT PRIMARY KEY NOT NULL,
        data TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE hidden_builtins (
        id TEXT PRIMARY KEY NOT NULL
      ) STRICT;

      CREATE TABLE routine_sessions (
        id TEXT PRIMARY KEY NOT NULL,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        routine_kind TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL,
        required_done INTEGER NOT NULL,
        steps TEXT NOT NULL DEFAULT '[]',
        source TEXT NOT NULL
      ) STRICT;
      CREATE INDEX routine_sessions_date ON routine_sessions (local_date);
    `)
  },
}
