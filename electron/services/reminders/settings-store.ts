import type { ReminderSettingsSnapshot } from '../../../shared/contract/reminders'
import type { Clock } from '../../../shared/domain/clock'
import {
  defaultReminderSettings,
  PauseState,
  reminderSettingFields,
  type ReminderSettings,
} from '../../../shared/domain/reminders'
import type { Db } from '../../db/connection'
import { SettingsRepository } from '../../db/settings-repo'
import { readFields } from '../settings'

/** Reminder settings live in the app's settings table under `reminders.<section>`. */
const PREFIX = 'reminders.'
const PAUSE_KEY = `${PREFIX}pause`

/**
 * Reminder settings and the pause, stored per section so a section that no
 * longer parses falls back to its default alone (reported by section name).
 */
export class ReminderSettingsStore {
  private readonly repo: SettingsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.repo = new SettingsRepository(db)
  }

  get(): ReminderSettingsSnapshot {
    const rows = this.repo
      .all()
      .filter((row) => row.key.startsWith(PREFIX) && row.key !== PAUSE_KEY)
      .map((row) => ({ key: row.key.slice(PREFIX.length), value: row.value }))
    const { values, problems } = readFields(rows, reminderSettingFields, defaultReminderSettings)
    return { settings: values, problems }
  }

  /** Writes every section in one transaction (the caller validated them together). */
  save(settings: ReminderSettings, updatedAt = this.clock.now()): ReminderSettingsSnapshot {
    const entries = Object.entries(settings).map(([k, v]) => [`${PREFIX}${k}`, v] as const)
    this.repo.putMany(Object.fromEntries(entries), updatedAt)
    return this.get()
  }

  /**
   * The settings in use and when they were last saved, for the export; null
   * while they were never saved (the defaults apply).
   */
  stamped(): { value: ReminderSettings; updatedAt: number } | null {
    const times = this.repo
      .stamped()
      .filter((row) => row.key.startsWith(PREFIX) && row.key !== PAUSE_KEY)
      .map((row) => row.updatedAt)
    return times.length === 0 ? null : { value: this.get().settings, updatedAt: Math.max(...times) }
  }

  /** The stored pause; one that is unreadable or already over counts as none. */
  pause(): PauseState | null {
    const row = this.repo.all().find((r) => r.key === PAUSE_KEY)
    if (!row) return null
    let raw: unknown
    try {
      raw = JSON.parse(row.value)
    } catch {
      return null
    }
    const parsed = PauseState.nullable().safeParse(raw)
    if (!parsed.success || parsed.data === null) return null
    const { until } = parsed.data
    return until !== null && until <= this.clock.now() ? null : parsed.data
  }

  savePause(pause: PauseState | null): void {
    this.repo.putMany({ [PAUSE_KEY]: pause }, this.clock.now())
  }
}
