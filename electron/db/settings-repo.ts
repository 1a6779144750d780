import type { Db } from './connection'

export interface StoredSetting {
  key: string
  /** Raw JSON text as stored; validated by the settings service. */
  value: string
}

/** Raw access to the settings table. Validation lives in the service. */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  all(): StoredSetting[] {
    return this.db.prepare('SELECT key, value FROM settings ORDER BY key').all() as StoredSetting[]
  }

  /** Every row with when it was last written (the export). */
  stamped(): (StoredSetting & { updatedAt: number })[] {
    return this.db
      .prepare('SELECT key, value, updated_at AS updatedAt FROM settings ORDER BY key')
      .all() as (StoredSetting & { updatedAt: number })[]
  }

  /** Writes several values in one transaction: all or nothing. `now` may be a time from an import. */
  putMany(values: Record<string, unknown>, now: number): void {
    const stmt = this.db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) stmt.run(key, JSON.stringify(value), now)
    })()
  }
}
