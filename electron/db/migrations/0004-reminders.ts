import type { Migration } from './types'

/**
 * Every reminder that showed (or came due unseen) and what became of it, for
 * Trends to chart against cramps. `local_date` is the user's local day of
 * `due_at`, so a day's reminders are one indexed range however the offset moved.
 */
export const remindersMigration: Migration = {
  version: 4,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_history (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        fired_at INTEGER,
        utc_offset_min INTEGER NOT NULL,
        local_date TEXT NOT NULL,        -- YYYY-MM-DD of due_at in the user's local time
        outcome TEXT NOT NULL,
        outcome_at INTEGER NOT NULL,
        snooze_min INTEGER
      ) STRICT;
      CREATE INDEX reminder_history_local_date ON reminder_history (local_date);
    `)
  },
}
