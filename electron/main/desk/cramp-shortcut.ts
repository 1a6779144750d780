import type { ShortcutStatus } from '../../../shared/domain/shortcut'

/** Electron's globalShortcut, narrowed to what the cramp shortcut needs (a fake in tests). */
export interface ShortcutRegistrar {
  /** False when the system refuses (another app holds it); may throw on an accelerator it cannot read. */
  register(accelerator: string, onPress: () => void): boolean
  unregister(accelerator: string): void
}

export interface CrampShortcut {
  /** Follows the setting: registers, re-registers or releases; answers what the system said. */
  apply(accelerator: string | null): ShortcutStatus
  status(): ShortcutStatus
  /** Releases it (the app is quitting). */
  dispose(): void
}

/**
 * The system-wide "Cramp now" shortcut. It is registered with the OS, not
 * a window, so it works while Limber is hidden in the tray. A refusal is
 * kept as the status for Settings to show; nothing is retried behind the
 * user's back.
 */
export function createCrampShortcut(
  registrar: ShortcutRegistrar,
  onPress: () => void,
  onError: (context: string, error: unknown) => void,
): CrampShortcut {
  let held: string | null = null
  let current: ShortcutStatus = { state: 'off' }

  const release = (): void => {
    if (held === null) return
    try {
      registrar.unregister(held)
    } catch (error) {
      onError('Could not release the cramp shortcut', error)
    }
    held = null
  }

  return {
    apply(accelerator) {
      if (accelerator !== null && accelerator === held) return current
      release()
      if (accelerator === null) {
        current = { state: 'off' }
        return current
      }
      let ok = false
      try {
        ok = registrar.register(accelerator, onPress)
      } catch (error) {
        onError('The system could not read the cramp shortcut', error)
      }
      if (ok) held = accelerator
      current = { state: ok ? 'active' : 'refused', accelerator }
      return current
    },
    status: () => current,
    dispose: release,
  }
}
