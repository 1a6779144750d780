import type { Migration } from './types'

/**
 * "The leg looks or feels different" (red-flag rule 3), noted afterwards
 * with an entry like next-day soreness. Existing entries never recorded it,
 * so they read as not noted (0).
 */
export const legChangedMigration: Migration = {
  version: 8,
  name: 'leg-changed',
  up(db) {
    db.exec(`
      ALTER TABLE episodes
        ADD COLUMN leg_changed INTEGER NOT NULL DEFAULT 0 CHECK (leg_changed IN (0, 1));
    `)
  },
}
