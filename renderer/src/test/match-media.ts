/**
 * A controllable `prefers-color-scheme`, since jsdom has no matchMedia.
 * `setDark` fires "change" like the OS switching themes.
 */
export interface SystemTheme {
  setDark(dark: boolean): void
}

export function mockSystemTheme(initiallyDark: boolean): SystemTheme {
  let dark = initiallyDark
  const listeners = new Set<(event: MediaQueryListEvent) => void>()
  window.matchMedia = (query: string): MediaQueryList => {
    const isDarkQuery = query.includes('prefers-color-scheme: dark')
    const list = {
      get matches() {
        return isDarkQuery ? dark : false
      },
      media: query,
      onchange: null,
      addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        if (isDarkQuery) listeners.add(listener)
      },
      removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        listeners.delete(listener)
      },
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => true,
    }
    return list as unknown as MediaQueryList
  }
  return {
    setDark(next) {
      dark = next
      for (const listener of [...listeners]) listener({ matches: next } as MediaQueryListEvent)
    },
  }
}
