import { afterEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../shared/contract'
import { defaultReminderSettings } from '../../shared/domain/reminders'
import { badDatabases } from '../testing/fixtures'
import { testCore } from '../testing/core'
import { useTempDirs } from '../testing/temp-dir'
import type { Core } from '../services/core'
import { registerHandlers } from '.'
import type { IpcEventLike, IpcMainLike } from './types'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown
const frame: IpcEventLike = { senderFrame: { url: 'app://limber/index.html', parent: null } }

// testCore: Wednesday 25 November 2026, 10:00 local (UTC+1).
function wire(dataDir = tempDir()) {
  const t = testCore(dataDir)
  cores.push(t.core)
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  }
  registerHandlers(t.core, {
    ipcMain,
    isTrustedUrl: (url) => url.startsWith('app://limber/'),
    checkOutputs: true,
  })
  const invoke = async (channel: string, ...args: unknown[]) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return (await listener(frame, ...args)) as IpcResult<unknown>
  }
  const value = async <T>(channel: string, ...args: unknown[]): Promise<T> => {
    const result = await invoke(channel, ...args)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value as T
  }
  return { ...t, invoke, value }
}

const invalid = { ok: false, error: { code: 'invalid_input' } }

describe('reminder handlers', () => {
  it('save settings, read them back, and refuse settings that could never work', async () => {
    const { invoke, value } = wire()
    const changed = { ...defaultReminderSettings, hydrate: { enabled: true, everyMin: 30 } }
    await expect(value('reminders:save-settings', changed)).resolves.toEqual({
      settings: changed,
      problems: [],
    })
    // Bedtime inside quiet hours would never show: refused, nothing saved.
    const silent = { ...changed, bedtime: { enabled: true, at: '23:00' } }
    await expect(invoke('reminders:save-settings', silent)).resolves.toMatchObject({
      ...invalid,
      error: { issues: [{ path: 'bedtime.at' }] },
    })
    for (const bad of [
      { ...changed, move: { enabled: true, afterMin: 2 } },
      { ...changed, admin: true },
      { ...changed, workHours: undefined },
    ]) {
      await expect(invoke('reminders:save-settings', bad)).resolves.toMatchObject(invalid)
    }
    await expect(value('reminders:settings')).resolves.toEqual({ settings: changed, problems: [] })
  })

  it('pause and resume answer with the new state and tell every window', async () => {
    const { value, events } = wire()
    const paused = await value<{ snapshot: { pause: unknown } }>('reminders:pause', {
      option: '30m',
    })
    expect(paused.snapshot.pause).toMatchObject({ option: '30m' })
    await expect(value('reminders:state')).resolves.toEqual(paused)
    const resumed = await value<{ snapshot: { pause: unknown } }>('reminders:resume')
    expect(resumed.snapshot.pause).toBeNull()
    expect(events.map((e) => [e.name, e.payload])).toEqual([
      ['reminders:changed', paused],
      ['reminders:changed', resumed],
    ])
  })

  it('"I drank water" returns the new total; "I stood up" none', async () => {
    const { value } = wire()
    await expect(value('reminders:done', { kind: 'hydrate' })).resolves.toEqual({ waterMl: 250 })
    await expect(value('reminders:done', { kind: 'hydrate' })).resolves.toEqual({ waterMl: 500 })
    await expect(value('reminders:done', { kind: 'move' })).resolves.toEqual({ waterMl: null })
    await expect(value('checkins:get', { date: '2026-11-25' })).resolves.toMatchObject({
      checkIn: { waterMl: 500 },
    })
  })

  it('previews today for unsaved settings and lists history', async () => {
    const { value } = wire()
    const settings = {
      ...defaultReminderSettings,
      move: { enabled: false, afterMin: 45 },
      hydrate: { enabled: false, everyMin: 60 },
      bedtime: { enabled: true, at: '21:00' },
    }
    // 21:00 local (UTC+1) on 25 November.
    await expect(value('reminders:preview', { settings })).resolves.toEqual({
      upcoming: [{ kind: 'bedtime', at: Date.UTC(2026, 10, 25, 20, 0) }],
      held: [],
    })
    await expect(value('reminders:history', { days: 7 })).resolves.toEqual([])
  })

  it('answers an unknown reminder with answered: false', async () => {
    const { value } = wire()
    await expect(
      value('reminders:respond', { id: 'gone', response: { type: 'skipped' } }),
    ).resolves.toEqual({ answered: false })
  })

  it('refuses hostile or malformed payloads before they reach the reminders', async () => {
    const { invoke, events } = wire()
    const cases: [string, unknown][] = [
      ['reminders:done', { kind: 'bedtime' }],
      ['reminders:done', { kind: 'hydrate', ml: 5000 }],
      ['reminders:pause', { option: '10y' }],
      ['reminders:pause', {}],
      ['reminders:respond', { id: 'x', response: { type: 'snoozed', minutes: 60 } }],
      ['reminders:respond', { id: '', response: { type: 'done' } }],
      ['reminders:respond', { id: 'x'.repeat(65), response: { type: 'done' } }],
      ['reminders:history', { days: 0 }],
      ['reminders:history', { days: 1.5 }],
      ['reminders:preview', { settings: { ...defaultReminderSettings, idleThresholdMin: 0 } }],
      ['reminders:state', { extra: 1 }],
      ['reminders:resume', 'now'],
    ]
    for (const [channel, payload] of cases) {
      await expect(invoke(channel, payload), channel).resolves.toMatchObject(invalid)
    }
    await expect(invoke('reminders:pause', { option: '1h' }, 'extra')).resolves.toMatchObject(
      invalid,
    )
    expect(events).toEqual([])
  })

  it('answers storage_unavailable while the database is quarantined', async () => {
    const dir = tempDir()
    badDatabases.truncated(dir)
    const { invoke, value } = wire(dir)
    for (const channel of ['reminders:state', 'reminders:settings', 'reminders:resume']) {
      await expect(invoke(channel)).resolves.toMatchObject({
        ok: false,
        error: { code: 'storage_unavailable' },
      })
    }
    await value('app:start-fresh')
    await expect(value('reminders:state')).resolves.toMatchObject({ shown: [] })
  })
})
