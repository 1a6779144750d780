import type { SettingsSnapshot } from '../../shared/contract/settings'
import type { Clock } from '../../shared/domain/clock'
import type { NightWindow } from '../../shared/domain/local-time'
import type { z } from 'zod'
import {
  defaultSettings,
  settingFields,
  type SettingKey,
  type SettingProblem,
  type SettingsPatch,
} from '../../shared/domain/settings'
import type { Db } from '../db/connection'
import { SettingsRepository, type StoredSetting } from '../db/settings-repo'

/**
 * Typed settings over the key/value table. A stored value that is unknown,
 * unparsable or invalid falls back to its default and is reported, never
 * thrown: a bad row must not stop the app from starting.
 */
export class SettingsService {
  private readonly repo: SettingsRepository

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.repo = new SettingsRepository(db)
  }

  get(): SettingsSnapshot {
    // Dotted keys (`reminders.move`) belong to a feature's own store, which reads them itself.
    const rows = this.repo.all().filter((row) => !row.key.includes('.'))
    const { values, problems } = readFields(rows, settingFields, defaultSettings)
    return { settings: values, problems }
  }

  /** The user's night hours: what counts as a night cramp, a night and its morning. */
  nightWindow(): NightWindow {
    const { nightStart, nightEnd } = this.get().settings
    return { start: nightStart, end: nightEnd }
  }

  /** Each setting the user set (stored and still valid) with when, for the export. */
  stamped(): { key: SettingKey; value: unknown; updatedAt: number }[] {
    return this.repo.stamped().flatMap((row) => {
      if (!Object.hasOwn(settingFields, row.key)) return []
      const key = row.key as SettingKey
      const parsed = parseStored(settingFields[key], row.value)
      return parsed.ok ? [{ key, value: parsed.value, updatedAt: row.updatedAt }] : []
    })
  }

  /** Saves a validated patch (all keys or none) and returns the new snapshot. */
  update(patch: SettingsPatch, updatedAt = this.clock.now()): SettingsSnapshot {
    // A key present with `undefined` means "not part of this update".
    const defined = Object.fromEntries(
      Object.entries(patch).filter((pair) => (pair[1] as unknown) !== undefined),
    )
    this.repo.putMany(defined, updatedAt)
    return this.get()
  }
}

/**
 * Reads key/value rows against one schema per key. A row that is unknown,
 * unparsable or invalid keeps that key's default and is reported, so one bad
 * value never hides the rest. Shared by every store over the settings table.
 */
export function readFields<F extends Record<string, z.ZodType>>(
  rows: readonly StoredSetting[],
  fields: F,
  defaults: { [K in keyof F]: z.output<F[K]> },
): { values: { [K in keyof F]: z.output<F[K]> }; problems: SettingProblem[] } {
  const values = { ...defaults }
  const problems: SettingProblem[] = []
  for (const row of rows) {
    if (!Object.hasOwn(fields, row.key)) {
      problems.push({ key: row.key, message: 'Unknown setting; ignored.' })
      continue
    }
    const key = row.key as keyof F
    const parsed = parseStored(fields[key] as z.ZodType, row.value)
    // `parsed.value` came from fields[key], so it has that key's type.
    if (parsed.ok) values[key] = parsed.value as z.output<F[keyof F]>
    else problems.push({ key: row.key, message: `${parsed.message}; using the default.` })
  }
  return { values, problems }
}

function parseStored(
  schema: z.ZodType,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Stored value is not valid JSON' }
  }
  const result = schema.safeParse(raw)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? 'Invalid value' }
}
