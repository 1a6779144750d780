import { beforeEach, describe, expect, it, vi } from 'vitest'

const exposed = new Map<string, unknown>()
const ipcRenderer = {
  invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
}

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer,
  // Electron's own: the path of a dropped or picked file.
  webUtils: { getPathForFile: (file: { name: string }) => `/home/me/${file.name}` },
}))

beforeEach(async () => {
  exposed.clear()
  vi.resetModules()
  await import('./index')
})

describe('preload', () => {
  it('exposes exactly one key, limber, with only invoke, on and importFiles', () => {
    expect([...exposed.keys()]).toEqual(['limber'])
    const limber = exposed.get('limber') as Record<string, unknown>
    expect(Object.keys(limber).sort()).toEqual(['importFiles', 'invoke', 'on'])
    expect(typeof limber['invoke']).toBe('function')
    expect(typeof limber['on']).toBe('function')
  })

  it('does not hand the page ipcRenderer or any of its methods', () => {
    const limber = exposed.get('limber') as Record<string, unknown>
    const values = Object.values(limber)
    for (const method of Object.values(ipcRenderer)) expect(values).not.toContain(method)
    expect(values).not.toContain(ipcRenderer)
  })

  it('imports files by the paths webUtils gives', async () => {
    const limber = exposed.get('limber') as { importFiles: (files: unknown[]) => unknown }
    ipcRenderer.invoke.mockClear()
    await limber.importFiles([new File(['x'], 'run.fit')])
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('workouts:import-paths', {
      paths: ['/home/me/run.fit'],
    })
  })

  it('routes contract calls to ipcRenderer and refuses others', async () => {
    const limber = exposed.get('limber') as {
      invoke: (channel: string, input?: unknown) => Promise<unknown>
    }
    ipcRenderer.invoke.mockClear()
    await limber.invoke('app:info')
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', undefined)
    await expect(limber.invoke('shell:openExternal', 'https://evil.com')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    })
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1)
  })
})
