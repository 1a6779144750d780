import type { Migration } from './types'

/**
 * The morning answer to "Any cramps last night?" moves out of `checkins`
 * into its own table: a night answer is not a check-in, and a check-in row
 * made only to hold one read as a day of 0 water, no food and no exercise.
 *
 * Every stored answer moves. A check-in row that holds nothing but the
 * answer (every field at the blank form's value, no medications) is then
 * deleted: that day becomes unknown, as it was. This is the same rule as
 * `nightOnly` in shared/domain/journal-file-v1.ts, which applies it to
 * version 1 export files; a test holds the two together.
 */
export const nightReportsMigration: Migration = {
  version: 7,
  name: 'night-reports',
  up(db) {
    db.exec(`
      CREATE TABLE night_reports (
        -- The morning the answer was given; the night it is about began the evening before.
        date TEXT PRIMARY KEY NOT NULL,
        report TEXT NOT NULL CHECK (report IN ('none', 'cramps')),
        updated_at INTEGER NOT NULL
      ) STRICT;

      INSERT INTO night_reports (date, report, updated_at)
        SELECT date, night_report, updated_at FROM checkins WHERE night_report IS NOT NULL;

      DELETE FROM checkins
        WHERE night_report IS NOT NULL
          AND water_ml = 0 AND electrolytes = '[]' AND caffeine_drinks = 0 AND exercise = '[]'
          AND sitting_hours = 0 AND stretched_before_bed = 0 AND sleep_quality IS NULL
          AND note = ''
          AND NOT EXISTS (SELECT 1 FROM checkin_medications m WHERE m.date = checkins.date);

      ALTER TABLE checkins DROP COLUMN night_report;
    `)
  },
}
