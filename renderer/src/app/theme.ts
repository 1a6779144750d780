import { useLayoutEffect, useSyncExternalStore } from 'react'
import type { Theme } from '@shared/domain/settings'

export type ResolvedTheme = 'light' | 'dark'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function darkQuery(): MediaQueryList | null {
  // matchMedia is missing in some test environments; treat that as "light".
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery()
  if (!query) return () => {}
  query.addEventListener('change', onChange)
  return () => {
    query.removeEventListener('change', onChange)
  }
}

function systemPrefersDark(): boolean {
  return darkQuery()?.matches ?? false
}

/** Follows the operating system's light/dark choice live. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, systemPrefersDark)
}

export function resolveTheme(preference: Theme, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light'
  return preference
}

/**
 * Always writes the resolved value (never "system") so CSS needs one
 * selector per palette and tests can read what the user sees.
 */
export function applyTheme(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme
}

/** Before React renders: the system theme, so the first paint does not flash. */
export function applySystemTheme(): void {
  applyTheme(resolveTheme('system', systemPrefersDark()))
}

export function useAppliedTheme(preference: Theme): ResolvedTheme {
  const resolved = resolveTheme(preference, useSystemPrefersDark())
  // Layout effect: switch before the browser paints the new tree.
  useLayoutEffect(() => {
    applyTheme(resolved)
  }, [resolved])
  return resolved
}
