import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../shared/contract'
import type { Workout, WorkoutImportSummary } from '../../shared/domain/workouts/session'
import { testCore } from '../testing/core'
import { useTempDirs } from '../testing/temp-dir'
import { WORKOUT_FIXTURES } from '../testing/workout-fixtures'
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

function wire() {
  const t = testCore(tempDir())
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
  const invoke = async (channel: string, input: unknown) =>
    (await (listeners.get(channel) as Listener)(frame, input)) as IpcResult<unknown>
  return { ...t, invoke }
}

const file = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(WORKOUT_FIXTURES, name))),
})

describe('workouts over IPC', () => {
  it('imports a dropped file, reports progress, and lists it on its day', async () => {
    const { invoke, events } = wire()
    const result = await invoke('workouts:import', { files: [file('garmin-fenix-5-run.fit')] })
    expect(result.ok && (result.value as WorkoutImportSummary).added).toBe(1)
    expect(events.filter((e) => e.name === 'workouts:progress')).toHaveLength(1)
    const listed = await invoke('workouts:list', { from: '2017-06-11', to: '2017-06-11' })
    expect(listed.ok && (listed.value as Workout[]).map((w) => w.sport)).toEqual(['running'])
  })

  it.each([
    ['no files', { files: [] }],
    ['text instead of bytes', { files: [{ name: 'a.fit', bytes: '<script>' }] }],
    ['the old base64 shape', { files: [{ name: 'a.fit', dataBase64: 'AAAA' }] }],
    ['a stray key', { files: [file('garmin-fenix-5-run.fit')], path: '/etc/passwd' }],
    ['no name', { files: [{ name: '', bytes: new Uint8Array() }] }],
  ])('refuses %s as invalid input and stores nothing', async (_, input) => {
    const { invoke, core } = wire()
    const result = await invoke('workouts:import', input)
    expect(result.ok ? null : result.error.code).toBe('invalid_input')
    expect(core.services().workouts.all()).toEqual([])
  })

  it('imports files from disk by path, the way Electron’s preload sends a drop; a gone file is refused with its name', async () => {
    const { invoke, core } = wire()
    const result = await invoke('workouts:import-paths', {
      paths: [join(WORKOUT_FIXTURES, 'garmin-fenix-5-run.fit'), join(tempDir(), 'gone.fit')],
    })
    expect(result.ok).toBe(true)
    const summary = result.ok ? (result.value as WorkoutImportSummary) : null
    expect(summary?.added).toBe(1)
    expect(summary?.refused.map((r) => r.sourceName)).toEqual(['gone.fit'])
    expect(
      core
        .services()
        .workouts.all()
        .map((w) => w.sourceName),
    ).toEqual(['garmin-fenix-5-run.fit'])
  })

  it.each([
    ['a relative path', { paths: ['run.fit'] }],
    ['no paths', { paths: [] }],
    ['bytes instead', { files: [file('garmin-fenix-5-run.fit')] }],
  ])('refuses %s by path as invalid input', async (_, input) => {
    const { invoke, core } = wire()
    const result = await invoke('workouts:import-paths', input)
    expect(result.ok ? null : result.error.code).toBe('invalid_input')
    expect(core.services().workouts.all()).toEqual([])
  })

  it('editing an id that is not there says so', async () => {
    const { invoke } = wire()
    const result = await invoke('workouts:edit', { id: 'missing', effort: 5 })
    expect(result.ok ? null : result.error.code).toBe('not_found')
  })
})
