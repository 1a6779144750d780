import { describe, expect, it, vi } from 'vitest'
import { channels, eventNames, pageChannels } from '../../shared/contract'
import { createBridge } from './bridge'

function bridge() {
  const ipc = {
    invoke: vi.fn((channel: string) => Promise.resolve({ ok: true, value: channel })),
    on: vi.fn((_channel: string, _listener: unknown) => undefined),
    removeListener: vi.fn((_channel: string, _listener: unknown) => undefined),
  }
  return { ipc, limber: createBridge(ipc) }
}

// Names a page might try: near misses of real channels and JavaScript's own keys.
const NOT_CHANNELS = [
  ...channels.map((c) => c.toUpperCase()),
  ...channels.map((c) => ` ${c}`),
  ...channels.map((c) => `${c}\u0000`),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'shell:openExternal',
  'ELECTRON_BROWSER_REQUIRE',
  '',
]

describe('the preload surface', () => {
  it('passes every page channel, and only those, to main', async () => {
    const { ipc, limber } = bridge()
    for (const channel of channels) await limber.invoke(channel)
    for (const name of NOT_CHANNELS) {
      await expect(limber.invoke(name as never)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      })
    }
    expect(ipc.invoke.mock.calls.map((c) => c[0])).toEqual(pageChannels)
    expect(pageChannels).not.toContain('workouts:import-paths')
  })

  it('subscribes to every contract event, and refuses other names', () => {
    const { ipc, limber } = bridge()
    for (const name of eventNames) limber.on(name, () => undefined)
    expect(ipc.on.mock.calls.map((c) => c[0])).toEqual(eventNames)
    for (const name of ['__proto__', 'toString', ...channels]) {
      expect(() => limber.on(name as never, () => undefined)).toThrow(/not a Limber event/)
    }
  })

  it('is exactly { invoke, on } and cannot be changed by the page', () => {
    const { limber } = bridge()
    expect(Reflect.ownKeys(limber).sort()).toEqual(['invoke', 'on'])
    expect(Object.isFrozen(limber)).toBe(true)
    expect(() => {
      ;(limber as unknown as Record<string, unknown>)['invoke'] = () => 'hijacked'
    }).toThrow(TypeError)
  })
})
