import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LimberBridge } from '@shared/contract'
import type { WorkoutImportSummary } from '@shared/domain/workouts/session'
import { MAX_IMPORT_BYTES } from '@shared/domain/workouts/limits'
import { WorkoutImportStore } from './import-store'

const summary = (added: number): WorkoutImportSummary => ({
  added,
  alreadyThere: 0,
  refused: [],
  warnings: [],
  cancelled: false,
})

/** The two ways files reach main: by path (Electron's preload) or as bytes (`workouts:import`). */
function bridge(importFiles?: LimberBridge['importFiles']) {
  const invoke = vi.fn((_channel: string, _input?: unknown) =>
    Promise.resolve({ ok: true, value: summary(1) }),
  )
  window.limber = {
    invoke: invoke as unknown as LimberBridge['invoke'],
    on: () => () => undefined,
    ...(importFiles ? { importFiles } : {}),
  }
  return { invoke }
}

const fit = () => new File([new Uint8Array([14, 0x10, 1, 2])], 'run.fit')

afterEach(() => {
  Reflect.deleteProperty(window, 'limber')
})

describe('a workout import from the window', () => {
  it('in Electron, goes by path and never reads the file into the page', async () => {
    const importFiles = vi.fn(() => Promise.resolve({ ok: true as const, value: summary(2) }))
    const { invoke } = bridge(importFiles)
    const store = new WorkoutImportStore()
    await store.start([fit(), fit()])
    expect(importFiles).toHaveBeenCalledOnce()
    expect(invoke).not.toHaveBeenCalledWith('workouts:import', expect.anything())
    expect(store.getSnapshot()).toEqual({ kind: 'done', summary: summary(2) })
  })

  it('sends the bytes where a file has no path (importFiles answers null), and in the browser', async () => {
    for (const importFiles of [() => null, undefined]) {
      const { invoke } = bridge(importFiles)
      const store = new WorkoutImportStore()
      await store.start([fit()])
      const [channel, input] = invoke.mock.calls[0] ?? []
      expect(channel).toBe('workouts:import')
      const sent = (input as { files: { name: string; bytes: Uint8Array }[] }).files
      expect(sent.map((f) => [f.name, [...f.bytes]])).toEqual([['run.fit', [14, 0x10, 1, 2]]])
      expect(store.getSnapshot()).toEqual({ kind: 'done', summary: summary(1) })
    }
  })

  it('in the browser, refuses a file over 512 MB by name without reading or sending it', async () => {
    const { invoke } = bridge()
    const big = new File([new Uint8Array([1])], 'export.zip')
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 })
    const store = new WorkoutImportStore()
    await store.start([big])
    expect(invoke).not.toHaveBeenCalledWith('workouts:import', expect.anything())
    expect(store.getSnapshot()).toMatchObject({
      kind: 'done',
      summary: { added: 0, refused: [{ sourceName: 'export.zip', reason: 'too-large' }] },
    })
  })
})
