import type { Migration } from './types'

/**
 * When "It's over" was pressed for the running timer. Main records it, so
 * the saved length is the real one even when the answers come minutes later,
 * after a reload or a restart. A running timer has no stop yet (NULL).
 */
export const liveStopMigration: Migration = {
  version: 12,
  name: 'live-stop',
  up(db) {
    db.exec(`ALTER TABLE live_episode ADD COLUMN stopped_at INTEGER;`)
  },
}
