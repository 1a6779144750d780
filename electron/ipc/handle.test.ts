import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { entry, type IpcResult } from '../../shared/contract'
import { AppError } from '../services/errors'
import { createHandle } from './handle'
import type { IpcEventLike, IpcMainLike } from './types'

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown

/** Records what handle() registers, and lets a test call it like Electron would. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  }
  const call = async (channel: string, event: IpcEventLike, ...args: unknown[]) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return (await listener(event, ...args)) as IpcResult<unknown>
  }
  return { ipcMain, call, listeners }
}

const APP = 'app://limber/index.html'
const mainFrame = (url = APP): IpcEventLike => ({ senderFrame: { url, parent: null } })

const addNote = entry(
  'test:add-note',
  z.strictObject({ text: z.string().max(1000), pain: z.number().int().min(0).max(10) }),
  z.object({ id: z.number() }),
)

function setup(fn: (input: { text: string; pain: number }) => unknown = () => ({ id: 1 })) {
  const ipc = fakeIpcMain()
  const service = vi.fn(fn)
  const logError = vi.fn()
  const handle = createHandle({
    ipcMain: ipc.ipcMain,
    isTrustedUrl: (url) => {
      const parsed = new URL(url)
      return parsed.protocol === 'app:' && parsed.host === 'limber'
    },
    checkOutputs: true,
    logError,
  })
  handle(addNote, service as never)
  return { ...ipc, service, logError }
}

describe('handle()', () => {
  it('passes a valid payload to the service and returns its answer', async () => {
    const { call, service } = setup()
    await expect(call('test:add-note', mainFrame(), { text: 'calf', pain: 4 })).resolves.toEqual({
      ok: true,
      value: { id: 1 },
    })
    // The handler also gets the event, for hooks that act on the calling page (Save as PDF).
    expect(service).toHaveBeenCalledWith(
      { text: 'calf', pain: 4 },
      expect.objectContaining(mainFrame()),
    )
  })

  const hostile: [string, unknown[]][] = [
    ['nothing', []],
    ['two arguments', [{ text: 'a', pain: 1 }, 'extra']],
    ['an extra key', [{ text: 'a', pain: 1, admin: true }]],
    ['a __proto__ key', [JSON.parse('{"text":"a","pain":1,"__proto__":{"polluted":true}}')]],
    ['a wrong type', [{ text: 42, pain: 1 }]],
    ['NaN', [{ text: 'a', pain: Number.NaN }]],
    ['Infinity', [{ text: 'a', pain: Number.POSITIVE_INFINITY }]],
    ['a fraction', [{ text: 'a', pain: 2.5 }]],
    ['a huge string', [{ text: 'x'.repeat(1_000_000), pain: 1 }]],
    ['an array', [[1, 2, 3]]],
    ['null', [null]],
    ['a string', ['{"text":"a","pain":1}']],
  ]

  it.each(hostile)('refuses %s with a typed error and no service call', async (_name, args) => {
    const { call, service } = setup()
    const result = await call('test:add-note', mainFrame(), ...args)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.message).toMatch(/Invalid request|single argument/)
    expect(service).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('names the field at fault', async () => {
    const { call } = setup()
    const result = await call('test:add-note', mainFrame(), { text: 'a', pain: 11 })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'pain' }] },
    })
  })

  const senders: [string, IpcEventLike][] = [
    ['another origin', mainFrame('https://evil.example/')],
    ['a look-alike host', mainFrame('app://limber.evil/')],
    ['a file: page', mainFrame('file:///etc/passwd')],
    ['a subframe', { senderFrame: { url: APP, parent: { url: APP } } }],
    ['a destroyed frame', { senderFrame: null }],
  ]

  it.each(senders)('rejects %s as forbidden', async (_name, event) => {
    const { call, service } = setup()
    const result = await call('test:add-note', event, { text: 'a', pain: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(service).not.toHaveBeenCalled()
  })

  it('passes an AppError through with its code and message', async () => {
    const { call } = setup(() => {
      throw new AppError('not_found', 'That entry no longer exists.')
    })
    await expect(call('test:add-note', mainFrame(), { text: 'a', pain: 1 })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That entry no longer exists.', issues: [] },
    })
  })

  it('turns a full disk into storage_failed', async () => {
    const { call, logError } = setup(() => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    })
    const result = await call('test:add-note', mainFrame(), { text: 'a', pain: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_failed' } })
    expect(logError).toHaveBeenCalled()
  })

  it('hides the details of unexpected errors from the page', async () => {
    const { call, logError } = setup(() => {
      throw new Error('secret stack detail /home/user')
    })
    const result = await call('test:add-note', mainFrame(), { text: 'a', pain: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(logError).toHaveBeenCalledWith('test:add-note', expect.any(Error))
  })

  it('catches a service answer that breaks the contract', async () => {
    const { call } = setup(() => ({ id: 'one' }))
    const result = await call('test:add-note', mainFrame(), { text: 'a', pain: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
