import { describe, expect, it } from 'vitest'
import { installBridge } from '../test/test-bridge'
import { fieldErrorsFrom, invoke, IpcError } from './ipc'

describe('invoke', () => {
  it('resolves with the value of a successful call', async () => {
    const bridge = installBridge()
    await expect(invoke('app:info')).resolves.toEqual({
      name: 'Limber',
      version: '0.1.0',
      shell: 'electron',
      dataDir: bridge.main.dataDir,
    })
  })

  it('throws an IpcError carrying main’s code, message and issues', async () => {
    installBridge()
    const error = await invoke('settings:update', { nightStart: '7pm' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IpcError)
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'nightStart', message: 'Use a 24-hour time such as 22:00' }],
    })
  })

  it('turns a broken transport into an internal IpcError instead of a raw exception', async () => {
    const bridge = installBridge()
    bridge.respond('app:info', () => Promise.reject(new Error('channel closed')))
    await expect(invoke('app:info')).rejects.toMatchObject({ code: 'internal' })
  })

  it('refuses answers that are not IpcResults', async () => {
    const bridge = installBridge()
    bridge.respond('app:info', () => 'nonsense' as never)
    await expect(invoke('app:info')).rejects.toMatchObject({
      code: 'internal',
      message: 'Limber received an answer it did not understand.',
    })
  })
})

describe('fieldErrorsFrom', () => {
  it('maps issue paths to fields, first message wins, whole-input issues under ""', () => {
    const error = new IpcError('invalid_input', 'Invalid request', [
      { path: 'nightStart', message: 'first' },
      { path: 'nightStart', message: 'second' },
      { path: 'window.end', message: 'nested' },
      { path: '', message: 'whole' },
    ])
    expect(fieldErrorsFrom(error)).toEqual({ nightStart: 'first', window: 'nested', '': 'whole' })
  })

  it('has no field errors for other failures', () => {
    expect(fieldErrorsFrom(new IpcError('storage_failed', 'Disk full'))).toEqual({})
    expect(fieldErrorsFrom(new Error('x'))).toEqual({})
  })
})
