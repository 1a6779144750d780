import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Row } from '../row'

/**
 * Markers only recharts' code carries (class names it puts on every chart).
 * Looked for in JS only: the app's stylesheet may style charts at no real cost.
 */
const CHART_MARKERS = ['recharts-wrapper', 'recharts-surface']

/** `src`/`href` of the entry script, stylesheets and modulepreloads in the built index.html. */
export function firstScreenAssets(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase()
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1]
    if (!url || /^(data|https?):/i.test(url)) continue
    const isScript = tag.toLowerCase().startsWith('<script')
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload') found.push(url)
  }
  return found
}

/**
 * Static imports of a built chunk (`import{x}from"./a.js"`, `import"./b.js"`):
 * the browser fetches these before running it. Dynamic `import("./c.js")`
 * (lazy routes such as Trends) is left out: it loads only when asked for.
 */
export function staticImports(code: string): string[] {
  const out: string[] = []
  const re = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g
  for (const m of code.matchAll(re)) if (m[1]) out.push(m[1])
  return out
}

/** Every file the first screen loads: index.html's assets and their static imports, transitively. */
export function firstScreenFiles(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const queue = firstScreenAssets(html).map((url) => resolve(rendererDir, url))
  const seen = new Set<string>()
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (seen.has(file)) continue
    seen.add(file)
    if (!file.endsWith('.js')) continue
    const code = readFileSync(file, 'utf8')
    for (const spec of staticImports(code)) queue.push(resolve(dirname(file), spec))
  }
  return [...seen]
}

/** JS and CSS of the first screen, gzipped as a server would send them, and whether charts ride along. */
export function bundleMeasure(rendererDir: string): Row[] {
  const files = firstScreenFiles(rendererDir)
  let raw = 0
  let gz = 0
  const withCharts: string[] = []
  for (const file of files) {
    const bytes = readFileSync(file)
    raw += bytes.length
    gz += gzipSync(bytes).length
    const text = bytes.toString('utf8')
    if (file.endsWith('.js') && CHART_MARKERS.some((m) => text.includes(m)))
      withCharts.push(relative(rendererDir, file))
  }
  const kb = gz / 1024
  const charts = withCharts.length > 0
  return [
    {
      name: 'renderer first screen JS+CSS gzipped, no charts',
      unit: 'KB',
      // A size has no spread: the same figure for median and p95.
      value: { median: kb, p95: kb, runs: 1 },
      budget: { limit: 250, on: 'median' },
      holds: !charts,
      note:
        `${files.length} files, ${(raw / 1024).toFixed(0)} KB before gzip; ` +
        (charts ? `recharts is loaded up front, in ${withCharts.join(', ')}` : 'no recharts code'),
    },
  ]
}
