import type { Migration } from './types'

/** Reminder outcomes that count as "acted on" (the same rule as ACTED_ON in trends-sql.ts). */
const acted = (row = '') => `(${row}outcome IN ('done', 'routine_started'))`

/**
 * Covering indexes for the Trends aggregates, so every chart for ten years
 * of data reads index pages only: cramps by day with what the stacked,
 * hourly and pain charts group on; reminder outcomes by day; finished
 * routines by kind and day with what places them in a night.
 *
 * reminder_days holds, per local date, how many reminder_history rows
 * there are and how many were acted on, kept exact by triggers (a day
 * whose count drops to zero is removed), so the weekly reminders chart
 * sums one row per day instead of counting every reminder.
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

      CREATE TABLE reminder_days (
        local_date TEXT PRIMARY KEY NOT NULL,
        total INTEGER NOT NULL CHECK (total > 0),
        acted INTEGER NOT NULL CHECK (acted BETWEEN 0 AND total)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO reminder_days (local_date, total, acted)
        SELECT local_date, COUNT(*), SUM(${acted()}) FROM reminder_history
        GROUP BY local_date;

      CREATE TRIGGER reminder_days_insert AFTER INSERT ON reminder_history BEGIN
        INSERT INTO reminder_days (local_date, total, acted)
          VALUES (NEW.local_date, 1, ${acted('NEW.')})
          ON CONFLICT (local_date) DO UPDATE
            SET total = total + 1, acted = acted + excluded.acted;
      END;

      CREATE TRIGGER reminder_days_delete AFTER DELETE ON reminder_history BEGIN
        -- The last row of a day removes the day; deleting first keeps the
        -- decremented row (total now 1) from being removed as well.
        DELETE FROM reminder_days WHERE local_date = OLD.local_date AND total = 1;
        UPDATE reminder_days SET total = total - 1, acted = acted - ${acted('OLD.')}
          WHERE local_date = OLD.local_date;
      END;

      CREATE TRIGGER reminder_days_update AFTER UPDATE OF local_date, outcome ON reminder_history
      BEGIN
        -- The last row of a day removes the day; deleting first keeps the
        -- decremented row (total now 1) from being removed as well.
        DELETE FROM reminder_days WHERE local_date = OLD.local_date AND total = 1;
        UPDATE reminder_days SET total = total - 1, acted = acted - ${acted('OLD.')}
          WHERE local_date = OLD.local_date;
        INSERT INTO reminder_days (local_date, total, acted)
          VALUES (NEW.local_date, 1, ${acted('NEW.')})
          ON CONFLICT (local_date) DO UPDATE
            SET total = total + 1, acted = acted + excluded.acted;
      END;
    `)
  },
}
