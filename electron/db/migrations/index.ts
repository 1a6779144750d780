import { settingsMigration } from './0001-settings'
import { journalMigration } from './0002-journal'
import { routinesMigration } from './0003-routines'
import { remindersMigration } from './0004-reminders'
import { trendsMigration } from './0005-trends'
import { trendTagsMigration } from './0006-trend-tags'
import { nightReportsMigration } from './0007-night-reports'
import { legChangedMigration } from './0008-leg-changed'
import { experimentsMigration } from './0009-experiments'
import { workoutsMigration } from './0010-workouts'
import { heldRemindersMigration } from './0011-held-reminders'
import { liveStopMigration } from './0012-live-stop'
import type { Migration } from './types'

export type { Migration } from './types'

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [
  settingsMigration,
  journalMigration,
  routinesMigration,
  remindersMigration,
  trendsMigration,
  trendTagsMigration,
  nightReportsMigration,
  legChangedMigration,
  experimentsMigration,
  workoutsMigration,
  heldRemindersMigration,
  liveStopMigration,
]

/** The schema version this build of the app writes. */
export const LATEST_VERSION = migrations.at(-1)?.version ?? 0
