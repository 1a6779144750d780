import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { backupDir } from '../db/backup-files'
import { DB_FILE } from '../db/constants'
import { testCore } from '../testing/core'
import { episodeInput } from '../testing/episodes'
import { useTempDirs } from '../testing/temp-dir'
import type { TimerPort } from './reminders/ports'
import { DAY_MS, FIRST_BACKUP_DELAY_MS } from './backups'
import type { Core } from './core'
import { deleteAllData, restoreFromBackup } from './data-actions'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

function start(dir = tempDir()) {
  const t = testCore(dir)
  cores.push(t.core)
  return { ...t, dir }
}

function notesIn(path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    return db.prepare('SELECT notes FROM episodes ORDER BY notes').pluck().all() as string[]
  } finally {
    db.close()
  }
}

function notesNow(core: Core): string[] {
  const page = core.services().journal.list({ filter: {}, cursor: null, limit: 200 })
  return page.items.map((e) => e.notes)
}

/** A timer port that records what is armed and fires only when told. */
function manualTimers() {
  const armed = new Map<number, { at: number; fn: () => void }>()
  let next = 0
  const port: TimerPort<unknown> = {
    setTimer: (at, fn) => {
      armed.set(++next, { at, fn })
      return next
    },
    clearTimer: (h) => armed.delete(h as number),
  }
  /** Runs the timers due by `now`, as the event loop would. */
  const fire = (now: number) => {
    for (const [h, t] of [...armed]) {
      if (t.at > now) continue
      armed.delete(h)
      t.fn()
    }
  }
  return { port, fire, armed: () => [...armed.values()].map((a) => a.at) }
}

describe('backups', () => {
  it('writes a verified, self-contained copy of the open journal', async () => {
    const { core, dir } = start()
    core.services().journal.create(episodeInput({ notes: 'before the backup' }), 'form')
    const info = await core.backups.create('daily')
    core.services().journal.create(episodeInput({ notes: 'after the backup' }), 'form')
    const path = join(backupDir(dir), info.name)
    expect(info).toMatchObject({ kind: 'daily', createdAt: core.clock.now() })
    expect(info.sizeBytes).toBe(readFileSync(path).length)
    expect(notesIn(path)).toEqual(['before the backup'])
    // Rollback journal mode: opening it later needs no -wal or -shm.
    expect(readFileSync(path)[18]).toBe(1)
    expect(readdirSync(backupDir(dir))).toEqual([info.name])
  })

  it('keeps the newest 7 daily backups', async () => {
    const { core, clock } = start()
    for (let day = 0; day < 10; day++) {
      await core.backups.create('daily')
      clock.advance(DAY_MS)
    }
    const kept = core.backups.list()
    expect(kept).toHaveLength(7)
    expect(kept[0]?.createdAt).toBe(clock.now() - DAY_MS)
    expect(kept.at(-1)?.createdAt).toBe(clock.now() - 7 * DAY_MS)
  })

  it('arms one timer for the next daily backup instead of polling', async () => {
    const dir = tempDir()
    const timers = manualTimers()
    const t = testCore(dir)
    t.core.close()
    const { Core: CoreClass } = await import('./core')
    const core = new CoreClass({ ...t.core.options, timers: timers.port })
    cores.push(core)
    const backupTimers = () => timers.armed().filter((at) => at === core.backups.nextDailyAt())
    // No daily backup yet: one a minute after start.
    expect(core.backups.nextDailyAt()).toBe(t.clock.now() + FIRST_BACKUP_DELAY_MS)
    expect(backupTimers()).toHaveLength(1)
    // When the timer fires, a daily backup is taken and the next one armed a day later.
    t.clock.advance(FIRST_BACKUP_DELAY_MS)
    timers.fire(t.clock.now())
    await core.backups.idle()
    const [first] = core.backups.list()
    expect(first).toMatchObject({ kind: 'daily', createdAt: t.clock.now() })
    expect(backupTimers()).toEqual([t.clock.now() + DAY_MS])
    // Nothing else happens until then: no polling.
    timers.fire(t.clock.now() + DAY_MS - 1)
    await core.backups.idle()
    expect(core.backups.list()).toHaveLength(1)
  })

  it('restores a backup after backing up the current journal', async () => {
    const { core, dir } = start()
    core.services().journal.create(episodeInput({ notes: 'old entry' }), 'form')
    const backup = await core.backups.create('daily')
    core.services().journal.create(episodeInput({ notes: 'new entry' }), 'form')
    const { restored, safetyCopy } = await restoreFromBackup(core, backup.name)
    expect(restored.name).toBe(backup.name)
    expect(notesNow(core)).toEqual(['old entry'])
    expect(notesIn(join(backupDir(dir), safetyCopy.name))).toEqual(['new entry', 'old entry'])
    expect(existsSync(join(dir, `${DB_FILE}.restoring`))).toBe(false)
  })

  it('refuses a damaged backup and changes nothing', async () => {
    const { core, dir } = start()
    core.services().journal.create(episodeInput({ notes: 'keep me' }), 'form')
    const backup = await core.backups.create('daily')
    const path = join(backupDir(dir), backup.name)
    const bytes = readFileSync(path)
    writeFileSync(path, bytes.subarray(0, bytes.length - 1000))
    await expect(restoreFromBackup(core, backup.name)).rejects.toMatchObject({ code: 'conflict' })
    expect(core.backups.list()).toHaveLength(1)
    expect(notesNow(core)).toEqual(['keep me'])
  })

  it('refuses a name that is not one of the backups', async () => {
    const { core } = start()
    await expect(
      restoreFromBackup(core, 'limber-daily-2020-01-01T00-00-00-000Z.db'),
    ).rejects.toMatchObject({ code: 'not_found' })
  })

  it.each([false, true])(
    'deletes everything (keeping backups: %s) and starts an empty journal',
    async (keepBackups) => {
      const { core, dir } = start()
      core.services().journal.create(episodeInput({ notes: 'secret' }), 'form')
      await core.backups.create('daily')
      const { backupsKept } = await deleteAllData(core, keepBackups)
      expect(backupsKept).toBe(keepBackups ? 1 : 0)
      expect(notesNow(core)).toEqual([])
      expect(existsSync(backupDir(dir))).toBe(keepBackups)
    },
  )
})
