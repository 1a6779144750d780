import type { Migration } from './types'

/**
 * Covering indexes for the Trends aggregates, so every chart for ten years
 * of data reads index pages only: cramps by day with what the stacked,
 * hourly and pain charts group on; reminder outcomes by day; finished
 * routines by kind and day with what places them in a night.
 */
export const trendsMigration: Migration = {
  version: 5,
  name: 'trends',
  up(db) {
    db.exec(`
      -- deleted_at is always NULL here; listing it lets the query's own
      -- "deleted_at IS NULL" be answered from the index without the table.
      CREATE INDEX episodes_trends
        ON episodes (local_date, context, local_minute, pain, deleted_at)
        WHERE deleted_at IS NULL;
      CREATE INDEX reminder_history_outcomes ON reminder_history (local_date, outcome);
      CREATE INDEX routine_sessions_done
        ON routine_sessions (routine_kind, local_date, started_at, utc_offset_min)
        WHERE required_done = 1;
    `)
  },
}
