/**
 * Chart colours as the theme's tokens. Chromium resolves var() in SVG
 * presentation attributes, so the charts follow the theme (and the report's
 * paper-white sheet) without reading styles in script.
 */
const tokens = {
  accent: 'var(--color-accent)',
  warning: 'var(--color-warning)',
  danger: 'var(--color-danger)',
  success: 'var(--color-success)',
  muted: 'var(--color-text-muted)',
  text: 'var(--color-text)',
  grid: 'var(--color-border)',
  control: 'var(--color-control-border)',
  shade: 'var(--color-surface-sunken)',
  soft: 'var(--color-accent-soft)',
  surface: 'var(--color-surface)',
} as const

export type ChartColours = Record<keyof typeof tokens, string>

export function useChartColours(): ChartColours {
  return tokens
}
