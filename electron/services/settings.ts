import type { SettingsSnapshot } from '../../shared/contract/settings'
import type { Clock } from '../../shared/domain/clock'
import {
  defaultSettings,
  settingFields,
  type SettingKey,
  type SettingProblem,
  type Settings,
  type SettingsPatch,
} from '../../shared/domain/settings'
import type { Db } from '../db/connection'
import { SettingsRepository } from '../db/settings-repo'

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
    const settings: Settings = { ...defaultSettings }
    const problems: SettingProblem[] = []
    for (const row of this.repo.all()) {
      if (!isSettingKey(row.key)) {
        problems.push({ key: row.key, message: 'Unknown setting; ignored.' })
        continue
      }
      const parsed = parseStored(row.key, row.value)
      if (parsed.ok) assign(settings, row.key, parsed.value)
      else problems.push({ key: row.key, message: `${parsed.message}; using the default.` })
    }
    return { settings, problems }
  }

  /** Saves a validated patch (all keys or none) and returns the new snapshot. */
  update(patch: SettingsPatch): SettingsSnapshot {
    // A key present with `undefined` means "not part of this update".
    const defined = Object.fromEntries(
      Object.entries(patch).filter((pair) => (pair[1] as unknown) !== undefined),
    )
    this.repo.putMany(defined, this.clock.now())
    return this.get()
  }
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingFields, key)
}

function parseStored(
  key: SettingKey,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Stored value is not valid JSON' }
  }
  const result = settingFields[key].safeParse(raw)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? 'Invalid value' }
}

function assign(target: Settings, key: SettingKey, value: unknown): void {
  // `value` was produced by settingFields[key], so it has the key's type.
  ;(target as Record<SettingKey, unknown>)[key] = value
}
