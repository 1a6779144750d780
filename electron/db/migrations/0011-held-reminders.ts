import type { Migration } from './types'

/**
 * Reminders held while the user was busy (issue 17): a `held` outcome needs
 * what held it (fullscreen, camera, microphone, presenting). Null on every
 * other row.
 */
export const heldRemindersMigration: Migration = {
  version: 11,
  name: 'held-reminders',
  up(db) {
    db.exec(`ALTER TABLE reminder_history ADD COLUMN held_by TEXT`)
  },
}
