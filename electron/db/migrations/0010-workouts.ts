import type { Migration } from './types'

/**
 * Sessions imported from watch and phone files (FIT, GPX, TCX, Strava and
 * Apple Health exports). A session is known by its file's content hash and
 * its place in the file, so the same file never makes a second one, whether
 * it came alone or inside a Strava zip. Values the file did not hold are NULL.
 */
export const workoutsMigration: Migration = {
  version: 10,
  name: 'workouts',
  up(db) {
    db.exec(`
      CREATE TABLE workouts (
        id TEXT PRIMARY KEY NOT NULL,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        session_index INTEGER NOT NULL CHECK (session_index >= 0),
        sport TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('fit', 'gpx', 'tcx', 'health')),
        started_at INTEGER NOT NULL,
        utc_offset_minutes INTEGER,
        -- The local day the session started on: the check-in it belongs to.
        local_date TEXT NOT NULL,
        elapsed_seconds REAL NOT NULL CHECK (elapsed_seconds >= 0),
        moving_seconds REAL,
        distance_m REAL,
        elevation_gain_m REAL,
        avg_heart_rate REAL,
        max_heart_rate REAL,
        effort REAL CHECK (effort IS NULL OR effort BETWEEN 0 AND 10),
        source_name TEXT NOT NULL,
        warning TEXT,
        imported_at INTEGER NOT NULL,
        UNIQUE (content_hash, session_index)
      ) STRICT;
      CREATE INDEX workouts_by_date ON workouts (local_date, started_at);
    `)
  },
}
