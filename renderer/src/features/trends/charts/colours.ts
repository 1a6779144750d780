import { useSyncExternalStore } from 'react'

/**
 * SVG fills are attributes, not CSS, so the charts read the theme's tokens
 * here and follow the theme when it changes (ThemeSync sets data-theme).
 */
const tokens = {
  accent: '--color-accent',
  warning: '--color-warning',
  danger: '--color-danger',
  success: '--color-success',
  muted: '--color-text-muted',
  text: '--color-text',
  grid: '--color-border',
  control: '--color-control-border',
  shade: '--color-surface-sunken',
  soft: '--color-accent-soft',
  surface: '--color-surface',
} as const

export type ChartColours = Record<keyof typeof tokens, string>

let cached: { theme: string | undefined; colours: ChartColours } | null = null

function read(): ChartColours {
  const theme = document.documentElement.dataset.theme
  if (cached !== null && cached.theme === theme) return cached.colours
  const style = getComputedStyle(document.documentElement)
  const colours = Object.fromEntries(
    Object.entries(tokens).map(([name, token]) => [name, style.getPropertyValue(token).trim()]),
  ) as ChartColours
  cached = { theme, colours }
  return colours
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => {
    observer.disconnect()
  }
}

export function useChartColours(): ChartColours {
  return useSyncExternalStore(subscribe, read, read)
}
