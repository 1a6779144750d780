import { describe, expect, it, vi } from 'vitest'
import { createCrampShortcut, type ShortcutRegistrar } from './cramp-shortcut'

/** The OS side: some accelerators are taken by other apps, one it cannot read at all. */
class FakeSystem implements ShortcutRegistrar {
  readonly held = new Map<string, () => void>()
  constructor(private readonly takenByOthers: string[] = []) {}
  register(accelerator: string, onPress: () => void): boolean {
    if (accelerator === 'Ctrl+Unreadable') throw new Error('Failed to parse accelerator')
    if (this.takenByOthers.includes(accelerator) || this.held.has(accelerator)) return false
    this.held.set(accelerator, onPress)
    return true
  }
  unregister(accelerator: string): void {
    this.held.delete(accelerator)
  }
  press(accelerator: string): void {
    this.held.get(accelerator)?.()
  }
}

describe('the system-wide Cramp now shortcut', () => {
  it('is off until set, then starts Cramp now when pressed in any app', () => {
    const system = new FakeSystem()
    const onPress = vi.fn()
    const shortcut = createCrampShortcut(system, onPress, vi.fn())
    expect(shortcut.status()).toEqual({ state: 'off' })
    expect(system.held.size).toBe(0)
    expect(shortcut.apply('CommandOrControl+Alt+K')).toEqual({
      state: 'active',
      accelerator: 'CommandOrControl+Alt+K',
    })
    system.press('CommandOrControl+Alt+K')
    expect(onPress).toHaveBeenCalledOnce()
  })

  it('says so when the system refuses it, and releases nothing it did not hold', () => {
    const system = new FakeSystem(['Ctrl+Alt+T'])
    const onError = vi.fn()
    const shortcut = createCrampShortcut(system, vi.fn(), onError)
    expect(shortcut.apply('Ctrl+Alt+T')).toEqual({ state: 'refused', accelerator: 'Ctrl+Alt+T' })
    expect(shortcut.apply('Ctrl+Unreadable')).toEqual({
      state: 'refused',
      accelerator: 'Ctrl+Unreadable',
    })
    expect(onError).toHaveBeenCalledOnce()
    expect(system.held.size).toBe(0)
  })

  it('moves to a new key, frees the old one, and lets it go when switched off or quitting', () => {
    const system = new FakeSystem()
    const shortcut = createCrampShortcut(system, vi.fn(), vi.fn())
    shortcut.apply('Ctrl+Alt+K')
    shortcut.apply('Ctrl+Alt+J')
    expect([...system.held.keys()]).toEqual(['Ctrl+Alt+J'])
    // The same setting saved again (another field changed) keeps it held, not re-registered.
    expect(shortcut.apply('Ctrl+Alt+J').state).toBe('active')
    shortcut.apply(null)
    expect(system.held.size).toBe(0)
    expect(shortcut.status()).toEqual({ state: 'off' })
    shortcut.apply('Ctrl+Alt+K')
    shortcut.dispose()
    expect(system.held.size).toBe(0)
  })
})
