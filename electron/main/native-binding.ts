import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const NATIVE_FILE = 'better_sqlite3.node'

/** The folder under `native/` that holds the module for one platform and CPU. */
export function nativeTarget(platform: string, arch: string): string {
  return `${platform}-${arch}`
}

/**
 * Where the SQLite module (better-sqlite3's Node-API addon) is loaded from.
 * better-sqlite3 is bundled into main, so its own search next to its
 * package cannot work; the app always names the file.
 *
 * - dev/`npm start`: `<project>/native/<platform>-<arch>/better_sqlite3.node`,
 *   staged by `scripts/desktop/sqlite-module.ts` (a prebuilt binary from the
 *   package, checked for the right CPU, or one compiled here);
 * - packaged: `resources/native/better_sqlite3.node`, put there by
 *   electron-builder's extraResources (outside app.asar, as native modules
 *   cannot be loaded from inside it).
 */
export function nativeBindingPath(options: {
  isPackaged: boolean
  appPath: string
  resourcesPath: string
  platform?: string
  arch?: string
}): string {
  const target = nativeTarget(options.platform ?? process.platform, options.arch ?? process.arch)
  return options.isPackaged
    ? join(options.resourcesPath, 'native', NATIVE_FILE)
    : join(options.appPath, 'native', target, NATIVE_FILE)
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
    : `The SQLite module for Electron was not found at ${path}.\n\n` +
        'Start Limber with `npm start`, which puts it there (from better-sqlite3’s ' +
        'prebuilt binary, or by compiling it where there is none), then try again.'
}
