import type { Migration } from './types'

/**
 * Cramp episodes, daily check-ins, medications and the live "cramp now"
 * episode. List fields are JSON arrays (read through json_each in filters).
 * `local_date` and `local_minute` are derived from the instant and its
 * stored UTC offset at write time so day grouping is a plain index lookup.
 */
export const journalMigration: Migration = {
  version: 2,
  name: 'journal',
  up(db) {
    db.exec(`
      CREATE TABLE episodes (
        id TEXT PRIMARY KEY NOT NULL,
        started_at INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_date TEXT NOT NULL,
        local_minute INTEGER NOT NULL,
        duration_sec INTEGER,
        duration_bucket TEXT,
        side TEXT NOT NULL,
        muscle TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        context TEXT NOT NULL,
        triggers TEXT NOT NULL DEFAULT '[]',
        relief TEXT NOT NULL DEFAULT '[]',
        relief_best TEXT,
        symptoms TEXT NOT NULL DEFAULT '[]',
        soreness INTEGER CHECK (soreness BETWEEN 0 AND 3),
        notes TEXT NOT NULL DEFAULT '',
        logged_via TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        -- Set on delete so Undo restores the row exactly; purged after the undo window.
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX episodes_timeline ON episodes (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX episodes_local_date ON episodes (local_date);

      CREATE TABLE checkins (
        date TEXT PRIMARY KEY NOT NULL,
        water_ml INTEGER NOT NULL,
        electrolytes TEXT NOT NULL DEFAULT '[]',
        caffeine_drinks INTEGER NOT NULL,
        exercise TEXT NOT NULL DEFAULT '[]',
        sitting_hours REAL NOT NULL,
        stretched_before_bed INTEGER NOT NULL,
        sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
        night_report TEXT,
        note TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE medications (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        started_on TEXT,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE checkin_medications (
        date TEXT NOT NULL REFERENCES checkins (date) ON DELETE CASCADE,
        medication_id TEXT NOT NULL REFERENCES medications (id),
        PRIMARY KEY (date, medication_id)
      ) STRICT;

      CREATE TABLE live_episode (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        started_at INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
