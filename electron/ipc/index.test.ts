import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { channels, type IpcResult } from '../../shared/contract'
import { DB_FILE } from '../db/constants'
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

function wire(dataDir: string) {
  const t = testCore(dataDir)
  cores.push(t.core)
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  }
  const registered = registerHandlers(t.core, {
    ipcMain,
    isTrustedUrl: (url) => url.startsWith('app://limber/'),
    checkOutputs: true,
  })
  const invoke = async (channel: string, ...args: unknown[]) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return (await listener(frame, ...args)) as IpcResult<unknown>
  }
  return { ...t, listeners, registered, invoke }
}

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = wire(tempDir())
    expect([...listeners.keys()].sort()).toEqual([...channels].sort())
  })

  it('round-trips settings and tells every window', async () => {
    const { invoke, events } = wire(tempDir())
    const saved = await invoke('settings:update', { theme: 'dark' })
    expect(saved).toMatchObject({ ok: true, value: { settings: { theme: 'dark' }, problems: [] } })
    expect(events).toEqual([
      { name: 'settings:changed', payload: (saved as { value: unknown }).value },
    ])
    await expect(invoke('settings:get')).resolves.toMatchObject({
      value: { settings: { theme: 'dark' } },
    })
  })

  it('refuses a settings patch with an unknown or invalid key and saves nothing', async () => {
    const { invoke, events } = wire(tempDir())
    for (const bad of [
      { theme: 'dark', isAdmin: true },
      { theme: 'neon' },
      { waterTargetMl: 1e9 },
    ]) {
      const result = await invoke('settings:update', bad)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(events).toEqual([])
    await expect(invoke('settings:get')).resolves.toMatchObject({
      value: { settings: { theme: 'system' } },
    })
  })

  it('serves the quarantine status, then starts fresh on request', async () => {
    const dir = tempDir()
    badDatabases.randomBytes(dir)
    const original = readFileSync(join(dir, DB_FILE))
    const { invoke } = wire(dir)
    const status = await invoke('app:storage-status')
    expect(status).toMatchObject({ ok: true, value: { state: 'quarantined', reason: 'corrupt' } })
    await expect(invoke('settings:get')).resolves.toMatchObject({
      ok: false,
      error: { code: 'storage_unavailable' },
    })
    const fresh = await invoke('app:start-fresh')
    expect(fresh).toMatchObject({ ok: true, value: { state: 'ok' } })
    await expect(invoke('settings:get')).resolves.toMatchObject({ ok: true })
    const quarantinePath = (status as { value: { quarantinePath: string } }).value.quarantinePath
    expect(readFileSync(join(quarantinePath, DB_FILE)).equals(original)).toBe(true)
    expect(existsSync(join(dir, DB_FILE))).toBe(true)
  })

  it('answers app:quit and then quits', async () => {
    const { invoke, quits } = wire(tempDir())
    await expect(invoke('app:quit')).resolves.toEqual({ ok: true, value: null })
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(quits()).toBe(1)
  })
})
