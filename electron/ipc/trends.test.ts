import { afterEach, describe, expect, it } from 'vitest'
import { ManualClock } from '../../shared/domain/clock'
import type { IpcResult } from '../../shared/contract'
import { Core, type CoreOptions } from '../services/core'
import { useTempDirs } from '../testing/temp-dir'
import { registerHandlers } from '.'
import type { IpcEventLike, IpcMainLike } from './types'

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => {
  for (const core of cores.splice(0)) core.close()
})

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown
const page = { id: 'the report window' }
const fromPage: IpcEventLike = {
  senderFrame: { url: 'app://limber/index.html', parent: null },
  sender: page,
}
const period = { from: '2026-10-27', to: '2026-11-25' }

function wire(extra: Partial<CoreOptions> = {}) {
  const core = new Core({
    dataDir: tempDir(),
    clock: new ManualClock(Date.UTC(2026, 10, 25, 9), () => 60),
    info: { name: 'Limber', version: '0.0.0-test', shell: 'electron' },
    emit: () => {},
    quit: () => {},
    ...extra,
  })
  cores.push(core)
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  }
  registerHandlers(core, {
    ipcMain,
    isTrustedUrl: (u) => u.startsWith('app://limber/'),
    checkOutputs: true,
  })
  return async (channel: string, input: unknown, event = fromPage) =>
    (await listeners.get(channel)?.(event, input)) as IpcResult<unknown>
}

describe('trends and report handlers', () => {
  it('answer every range, insights and a report in the contract’s shape', async () => {
    const invoke = wire()
    for (const range of ['4w', '3m', '12m', 'all']) {
      await expect(invoke('trends:data', { range })).resolves.toMatchObject({ ok: true })
    }
    await expect(invoke('trends:insights', undefined)).resolves.toMatchObject({ ok: true })
    await expect(invoke('report:data', period)).resolves.toMatchObject({
      ok: true,
      value: { days: 30, cramps: 0 },
    })
  })

  it('refuse a bad range or a period that ends before it starts', async () => {
    const invoke = wire()
    await expect(invoke('trends:data', { range: '5y' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
    await expect(
      invoke('report:data', { from: '2026-11-25', to: '2026-11-01' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'to' }] },
    })
  })

  it('save the calling page as a PDF through the save dialog', async () => {
    const printed: unknown[] = []
    const saved: { name: string; bytes: unknown }[] = []
    const invoke = wire({
      printToPdf: (sender) => {
        printed.push(sender)
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7'))
      },
      saveFile: (name, bytes) => {
        saved.push({ name, bytes })
        return Promise.resolve(`/home/me/${name}`)
      },
    })
    const result = await invoke('report:save-pdf', period)
    expect(result).toEqual({
      ok: true,
      value: { saved: true, path: '/home/me/limber-report-2026-10-27-to-2026-11-25.pdf' },
    })
    expect(printed).toEqual([page])
    expect(new TextDecoder().decode(saved[0]?.bytes as Uint8Array)).toBe('%PDF-1.7')
  })

  it('report a cancelled save dialog as not saved', async () => {
    const invoke = wire({
      printToPdf: () => Promise.resolve(new Uint8Array([37])),
      saveFile: () => Promise.resolve(null),
    })
    await expect(invoke('report:save-pdf', period)).resolves.toEqual({
      ok: true,
      value: { saved: false, path: null },
    })
  })

  it('tell the browser preview to use Print instead', async () => {
    const invoke = wire()
    const result = await invoke('report:save-pdf', period, { senderFrame: fromPage.senderFrame })
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(!result.ok && result.error.message).toMatch(/use Print/)
  })
})
