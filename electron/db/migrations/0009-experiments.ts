import type { Migration } from './types'

/**
 * Personal experiments (N-of-1). The schedule is locked when the
 * experiment starts: the triggers refuse any change to what was drawn
 * (design, seed, periods, hash, dates), so the only way out is to abandon
 * it, which keeps the row and stamps `abandoned_at`.
 */
export const experimentsMigration: Migration = {
  version: 9,
  name: 'experiments',
  up(db) {
    db.exec(`
      CREATE TABLE experiments (
        id TEXT PRIMARY KEY NOT NULL,
        habit TEXT NOT NULL,
        custom_habit TEXT,
        design TEXT NOT NULL,
        seed TEXT NOT NULL,
        periods TEXT NOT NULL,
        schedule_hash TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        follows_id TEXT REFERENCES experiments (id),
        abandoned_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX experiments_dates ON experiments (start_date, end_date);

      CREATE TRIGGER experiments_locked BEFORE UPDATE OF
        habit, custom_habit, design, seed, periods, schedule_hash, start_date, end_date
        ON experiments
      BEGIN
        SELECT RAISE(ABORT, 'experiment schedule is locked');
      END;

      CREATE TRIGGER experiments_kept BEFORE DELETE ON experiments
      BEGIN
        SELECT RAISE(ABORT, 'experiments are kept');
      END;

      CREATE TABLE experiment_ticks (
        experiment_id TEXT NOT NULL REFERENCES experiments (id),
        date TEXT NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (experiment_id, date)
      ) STRICT;
    `)
  },
}
