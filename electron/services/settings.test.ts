import { describe, expect, it } from 'vitest'
import { ManualClock } from '../../shared/domain/clock'
import { defaultSettings } from '../../shared/domain/settings'
import { openStorage } from '../db/open'
import { useTempDirs } from '../testing/temp-dir'
import { SettingsService } from './settings'

const tempDir = useTempDirs()
const clock = new ManualClock(Date.UTC(2026, 10, 25))

function open(dir: string) {
  const { db } = openStorage({ dataDir: dir, now: clock.now() })
  if (!db) throw new Error('expected an open database')
  return { db, settings: new SettingsService(db, clock) }
}

describe('SettingsService', () => {
  it('starts with the defaults and no problems', () => {
    const { db, settings } = open(tempDir())
    expect(settings.get()).toEqual({ settings: defaultSettings, problems: [] })
    db.close()
  })

  it('saves a patch and keeps it after a restart', () => {
    const dir = tempDir()
    const first = open(dir)
    const saved = first.settings.update({ theme: 'dark', nightStart: '23:30' })
    expect(saved.settings).toMatchObject({ theme: 'dark', nightStart: '23:30', nightEnd: '07:00' })
    first.db.close()
    const second = open(dir)
    expect(second.settings.get().settings).toEqual({
      ...defaultSettings,
      theme: 'dark',
      nightStart: '23:30',
    })
    second.db.close()
  })

  it('falls back to the default for each bad stored value and reports it', () => {
    const dir = tempDir()
    const { db, settings } = open(dir)
    settings.update({ waterUnit: 'ml' })
    const put = db.prepare(
      'INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, 0)',
    )
    put.run('theme', '"purple"')
    put.run('waterTargetMl', '{not json')
    put.run('nightStart', '"25:00"')
    put.run('retiredSetting', 'true')
    const snapshot = settings.get()
    expect(snapshot.settings).toEqual({ ...defaultSettings, waterUnit: 'ml' })
    expect(snapshot.problems.map((p) => p.key).sort()).toEqual([
      'nightStart',
      'retiredSetting',
      'theme',
      'waterTargetMl',
    ])
    expect(snapshot.problems.find((p) => p.key === 'waterTargetMl')?.message).toMatch(/JSON/)
    db.close()
  })

  it('ignores keys present with undefined in a patch', () => {
    const { db, settings } = open(tempDir())
    settings.update({ theme: 'light' })
    expect(settings.update({ theme: undefined, waterUnit: 'ml' }).settings.theme).toBe('light')
    db.close()
  })
})
