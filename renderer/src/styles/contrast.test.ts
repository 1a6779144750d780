import { describe, expect, it } from 'vitest'

// Vitest blanks every CSS import (even `?raw`) unless its config processes
// CSS, so the test reads the file from disk. This runs only under Vitest's
// Node runtime; renderer code itself never touches Node.
declare const process: {
  getBuiltinModule(id: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string }
  getBuiltinModule(id: 'node:url'): { fileURLToPath(url: string): string }
}
// Via a variable: Vite rewrites `new URL(literal, import.meta.url)` into an asset URL.
const here = import.meta.url
const tokensPath = process
  .getBuiltinModule('node:url')
  .fileURLToPath(new URL('./tokens.css', here).href)
const tokens = process.getBuiltinModule('node:fs').readFileSync(tokensPath, 'utf8')

/** The `--color-*` hex values declared in the block that starts at `selector`. */
function palette(selector: string): Record<string, string> {
  const start = tokens.indexOf(selector)
  expect(start, `${selector} block`).toBeGreaterThanOrEqual(0)
  const block = tokens.slice(start, tokens.indexOf('}', start))
  const colours: Record<string, string> = {}
  for (const match of block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    colours[match[1] as string] = (match[2] as string).toLowerCase()
  }
  return colours
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

// WCAG AA: 4.5:1 for text, 3:1 for control boundaries and focus rings.
const textPairs = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'sidebar'],
  ['text', 'surface-sunken'],
  ['text', 'warning-soft'],
  ['text', 'danger-soft'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'sidebar'],
  ['text-muted', 'surface-sunken'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'accent-soft'],
  ['on-accent', 'accent'],
  ['on-accent', 'accent-hover'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['warning', 'warning-soft'],
  ['success', 'surface'],
] as const

const uiPairs = [
  ['control-border', 'surface'],
  ['control-border', 'bg'],
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['focus', 'sidebar'],
  ['focus', 'accent-soft'],
] as const

describe.each([
  ['light', ":root,\n[data-theme='light']"],
  ['dark', "[data-theme='dark']"],
])('%s palette', (_name, selector) => {
  const colours = palette(selector)

  it.each(textPairs)('%s on %s is readable text (4.5:1)', (fg, bg) => {
    expect(colours[fg], fg).toBeDefined()
    expect(colours[bg], bg).toBeDefined()
    expect(contrast(colours[fg] as string, colours[bg] as string)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(uiPairs)('%s on %s is a visible boundary (3:1)', (fg, bg) => {
    expect(contrast(colours[fg] as string, colours[bg] as string)).toBeGreaterThanOrEqual(3)
  })
})
