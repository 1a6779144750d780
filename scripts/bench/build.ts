import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { firstScreenAssets } from './measures/bundle'

/** What the renderer bundle is built from: any of these newer than the build means rebuild. */
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package-lock.json']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(join(path, entry.name)))
  }
  return newest
}

/**
 * Builds with `electron-vite build` when out/renderer is missing or older
 * than its sources, so the size and browser measures read the code as it
 * is now, not a leftover bundle. Returns what it did, for the report.
 */
export function ensureBuilt(root: string, log: (line: string) => void): string {
  const index = join(root, 'out', 'renderer', 'index.html')
  const sources = Math.max(
    ...SOURCES.map((s) => join(root, s))
      .filter(existsSync)
      .map(newestMtime),
  )
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return 'renderer build up to date'
  log('Building the renderer (npx electron-vite build)…')
  const start = performance.now()
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  })
  if (result.status !== 0 || !existsSync(index)) {
    throw new Error('`npx electron-vite build` failed (see above)')
  }
  return `built the renderer in ${((performance.now() - start) / 1000).toFixed(1)} s`
}

/**
 * Copies the built renderer aside, so a build started by someone else in
 * the same checkout cannot swap files under the browser measures. Refuses
 * a copy caught mid-build (an asset index.html names is missing).
 */
export function snapshotRenderer(root: string, dest: string): string {
  const source = join(root, 'out', 'renderer')
  cpSync(source, dest, { recursive: true })
  const html = readFileSync(join(dest, 'index.html'), 'utf8')
  const missing = firstScreenAssets(html).filter((url) => !existsSync(join(dest, url)))
  if (missing.length > 0) throw new Error(`the renderer build is incomplete: ${missing.join(', ')}`)
  return dest
}
