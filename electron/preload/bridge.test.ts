import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { eventNames, pageChannels } from '../../shared/contract'
import { createBridge, type IpcRendererLike } from './bridge'

function fakeIpcRenderer() {
  const emitter = new EventEmitter()
  const invoke = vi.fn((_channel: string, ..._args: unknown[]) =>
    Promise.resolve({ ok: true, value: 'answer' } as unknown),
  )
  const ipc: IpcRendererLike = {
    invoke,
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  }
  return { ipc, invoke, emitter }
}

/** An object shaped like Electron's IpcRendererEvent, with the dangerous `sender`. */
const electronEvent = { sender: { send: () => 'pwned' }, senderId: 0, ports: [] }

const NOT_CHANNELS: unknown[] = [
  'app:infoo',
  'APP:INFO',
  ' app:info',
  'settings:delete-everything',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  null,
  undefined,
  42,
  { toString: () => 'app:info' },
  {
    toString: () => {
      throw new Error('boom')
    },
  },
  Symbol('app:info'),
  ['app:info'],
]

describe('invoke', () => {
  it.each(pageChannels)(
    'forwards the contract channel %s with its single input',
    async (channel) => {
      const { ipc, invoke } = fakeIpcRenderer()
      const result = await createBridge(ipc).invoke(channel, { some: 'input' } as never)
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, { some: 'input' })
      expect(result).toEqual({ ok: true, value: 'answer' })
    },
  )

  it.each([
    ...NOT_CHANNELS,
    'app:navigate' /* an event, not a channel */,
    'workouts:import-paths' /* the preload's own: the page never names a path */,
  ])('answers unknown_channel for %j without touching ipcRenderer', async (channel) => {
    const { ipc, invoke } = fakeIpcRenderer()
    const result = await createBridge(ipc).invoke(channel as never)
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel', issues: [] } })
    expect(invoke).not.toHaveBeenCalled()
  })

  it('turns a failed transport into a typed error instead of a rejection', async () => {
    const { ipc, invoke } = fakeIpcRenderer()
    invoke.mockRejectedValueOnce(new Error("No handler registered for 'app:info'"))
    await expect(createBridge(ipc).invoke('app:info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
  })
})

describe('on', () => {
  it.each(eventNames)('delivers only the payload of %s, never the Electron event', (name) => {
    const { ipc, emitter } = fakeIpcRenderer()
    const listener = vi.fn()
    createBridge(ipc).on(name, listener)
    emitter.emit(name, electronEvent, { route: 'journal' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ route: 'journal' })
    expect(JSON.stringify(listener.mock.calls)).not.toContain('sender')
  })

  it('unsubscribes, and a second unsubscribe is harmless', () => {
    const { ipc, emitter } = fakeIpcRenderer()
    const listener = vi.fn()
    const bridge = createBridge(ipc)
    const off = bridge.on('app:navigate', listener)
    const otherListener = vi.fn()
    bridge.on('app:navigate', otherListener)
    off()
    off()
    emitter.emit('app:navigate', electronEvent, { route: 'today' })
    expect(listener).not.toHaveBeenCalled()
    expect(otherListener).toHaveBeenCalledOnce()
  })

  it.each([...NOT_CHANNELS, 'app:info', 'settings:get' /* channels, not events */])(
    'throws for the non-event %j',
    (name) => {
      const { ipc, emitter } = fakeIpcRenderer()
      expect(() => createBridge(ipc).on(name as never, () => {})).toThrow(/not a Limber event/)
      expect(emitter.eventNames()).toEqual([])
    },
  )

  it('throws when the listener is not a function', () => {
    const { ipc } = fakeIpcRenderer()
    expect(() => createBridge(ipc).on('app:navigate', 'alert(1)' as never)).toThrow(TypeError)
  })
})

describe('the bridge object', () => {
  it('has only invoke and on, and cannot be changed by the page', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc)
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('in Electron also has importFiles', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc, () => '/x')
    expect(Object.keys(bridge).sort()).toEqual(['importFiles', 'invoke', 'on'])
    expect(Object.isFrozen(bridge)).toBe(true)
  })
})

describe('importFiles', () => {
  const file = (name: string) => new File([new Uint8Array([1])], name)
  /** Electron's getPathForFile: a path for the files "on disk", '' for the others, a TypeError for non-files. */
  const onDisk = new Map<object, string>()
  const pathForFile = (f: File) => {
    if (!(f instanceof File)) throw new TypeError('not a File')
    return onDisk.get(f) ?? ''
  }

  it('sends the paths Electron gives for the files, never anything the page says', async () => {
    const { ipc, invoke } = fakeIpcRenderer()
    const a = file('run.fit')
    const b = file('export.zip')
    onDisk.set(a, '/home/me/run.fit').set(b, '/home/me/Downloads/export.zip')
    const result = await createBridge(ipc, pathForFile).importFiles?.([a, b])
    expect(invoke).toHaveBeenCalledExactlyOnceWith('workouts:import-paths', {
      paths: ['/home/me/run.fit', '/home/me/Downloads/export.zip'],
    })
    expect(result).toEqual({ ok: true, value: 'answer' })
  })

  it('is null, sending nothing, when a file has no path, is not a file, or there are none or too many', () => {
    const { ipc, invoke } = fakeIpcRenderer()
    const bridge = createBridge(ipc, pathForFile)
    const made = file('made-by-the-page.fit')
    const real = file('real.fit')
    onDisk.set(real, '/home/me/real.fit')
    for (const files of [
      [real, made],
      [real, '/etc/passwd'],
      [{ path: '/etc/passwd' }],
      [],
      Array<File>(101).fill(real),
      'not a list',
    ])
      expect(bridge.importFiles?.(files as never)).toBeNull()
    expect(invoke).not.toHaveBeenCalled()
  })
})
