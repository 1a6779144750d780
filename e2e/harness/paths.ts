import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The repository root: the nearest folder at or above the working directory
 * whose package.json is Limber's. npm scripts, Playwright and Vitest all run
 * from the root, but a developer may start the CLI from a subfolder.
 */
export function repoRoot(from: string = process.cwd()): string {
  let dir = resolve(from)
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && readPackage(pkg).name === 'limber') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Could not find Limber's package.json above ${from}`)
    dir = parent
  }
}

/** The app version the harness reports through `app:info`. */
export function appVersion(root: string = repoRoot()): string {
  const version = readPackage(join(root, 'package.json')).version
  return typeof version === 'string' ? version : '0.0.0'
}

function readPackage(path: string): { name?: unknown; version?: unknown } {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown }
  } catch {
    return {}
  }
}
