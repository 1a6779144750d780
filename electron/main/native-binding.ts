import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const NATIVE_FILE = 'better_sqlite3.node'

/**
 * Where the Electron-ABI build of better-sqlite3 lives. The copy in
 * node_modules is built for Node (tests, harness) and would crash Electron,
 * so the app always loads this one explicitly.
 *
 * - dev/preview: `<project>/native/electron/better_sqlite3.node`, made by
 *   `scripts/electron-sqlite.mjs`;
 * - packaged: `resources/native/better_sqlite3.node`, put there by
 *   electron-builder's extraResources (outside app.asar, as native modules
 *   cannot be loaded from inside it).
 */
export function nativeBindingPath(options: {
  isPackaged: boolean
  appPath: string
  resourcesPath: string
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'native', NATIVE_FILE)
    : join(options.appPath, 'native', 'electron', NATIVE_FILE)
}

/** A message for the user when the binding is missing, or null when it is there. */
export function missingBindingMessage(
  path: string,
  isPackaged: boolean,
  exists: (path: string) => boolean = existsSync,
): string | null {
  if (exists(path)) return null
  return isPackaged
    ? `Limber's database engine is missing from this installation (${path}). ` +
        'Please reinstall Limber. Your journal has not been touched.'
    : `The Electron build of better-sqlite3 was not found at ${path}.\n\n` +
        'Run `node scripts/electron-sqlite.mjs` (or `npm start`, which runs it) once ' +
        'with network access to electronjs.org, then start Limber again.'
}
