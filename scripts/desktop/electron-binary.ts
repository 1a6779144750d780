import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { onInterrupt, runChild, tail } from './child'
import { Failure } from './failure'

/** How long the reachability check may take before `npm start` gives up. */
export const PROBE_TIMEOUT_MS = 30_000
/** The download itself (~100 MB) may take a while on a slow line. */
const INSTALL_TIMEOUT_MS = 30 * 60_000

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/'

interface ElectronPackage {
  dir: string
  version: string
}

function electronPackage(root: string): ElectronPackage {
  const dir = join(root, 'node_modules', 'electron')
  const file = join(dir, 'package.json')
  if (!existsSync(file)) throw new Failure('Electron is not installed. Run `npm ci` first.')
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string }
  return { dir, version }
}

/**
 * The Electron executable if Electron's installer has put it in place, the
 * same test install.js makes (dist/version, path.txt and the file itself),
 * so a half-extracted dist never counts as installed.
 */
export function installedElectron(root: string): string | null {
  const { dir, version } = electronPackage(root)
  try {
    const distVersion = readFileSync(join(dir, 'dist', 'version'), 'utf8').trim()
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim()
    const executable = join(
      process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(dir, 'dist'),
      relative,
    )
    return distVersion.replace(/^v/, '') === version && existsSync(executable) ? executable : null
  } catch {
    return null
  }
}

/** Where the zip comes from, as @electron/get resolves it (for messages). */
export function electronSource(version: string, env: NodeJS.ProcessEnv = process.env): string {
  const mirror = env['ELECTRON_MIRROR'] ?? env['npm_config_electron_mirror'] ?? DEFAULT_MIRROR
  const dir = env['ELECTRON_CUSTOM_DIR'] ?? `v${version}`
  const platform = env['ELECTRON_INSTALL_PLATFORM'] ?? process.platform
  const arch = env['ELECTRON_INSTALL_ARCH'] ?? process.arch
  const file = env['ELECTRON_CUSTOM_FILENAME'] ?? `electron-v${version}-${platform}-${arch}.zip`
  return `${mirror.replace(/\/?$/, '/')}${dir}/${file}`
}

function removeHalfInstall(dir: string): void {
  rmSync(join(dir, 'dist'), { recursive: true, force: true })
  rmSync(join(dir, 'path.txt'), { force: true })
}

function offlineMessage(version: string, reason: string): string[] {
  return [
    `Limber needs the Electron ${version} binary to start, and it could not be downloaded.`,
    '',
    `  from:   ${electronSource(version)}`,
    `  reason: ${reason}`,
    '',
    'It is downloaded once (about 100 MB); later starts work offline. To retry:',
    '  - connect to the internet and run `npm start` again;',
    '  - behind a mirror: ELECTRON_MIRROR=https://your.mirror/electron/ npm start',
    '    (with electron_use_remote_checksums=1 if the mirror has its own SHASUMS256.txt);',
    '  - behind a proxy: ELECTRON_GET_USE_PROXY=true HTTPS_PROXY=http://proxy:port npm start.',
    'Nothing was left half-installed. The tests (`npm test`) and the browser preview',
    '(`npm run preview:web`) need no download.',
  ]
}

/**
 * Asks the release server for the release's small SHASUMS256.txt through
 * @electron/get, with the same mirror, proxy and cache variables the
 * installer reads. Offline this fails in seconds (or at the timeout where
 * packets are silently dropped) rather than hanging in the big download.
 */
async function probe(electronDir: string, version: string): Promise<string | null> {
  const require = createRequire(join(electronDir, 'package.json'))
  const get = (await import(pathToFileURL(require.resolve('@electron/get')).href)) as {
    downloadArtifact(details: Record<string, unknown>): Promise<string>
  }
  const cacheRoot = mkdtempSync(join(tmpdir(), 'limber-electron-probe-'))
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      get.downloadArtifact({
        version,
        artifactName: 'SHASUMS256.txt',
        isGeneric: true,
        cacheRoot,
        force: true,
      }),
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`no answer within ${PROBE_TIMEOUT_MS / 1000} s`))
        }, PROBE_TIMEOUT_MS)
      }),
    ])
    return null
  } catch (error) {
    return describeNetworkError(error)
  } finally {
    clearTimeout(timer)
    rmSync(cacheRoot, { recursive: true, force: true })
  }
}

/** "fetch failed" alone helps nobody: take the cause's code and host. */
export function describeNetworkError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current instanceof Error && depth < 4; depth += 1) {
    parts.push(current.message)
    current = (current as { cause?: unknown }).cause
  }
  return [...new Set(parts)].join(': ').slice(0, 300) || String(error)
}

/**
 * Puts the Electron binary in place with Electron's own installer
 * (node_modules/electron/install.js), which honours ELECTRON_MIRROR,
 * ELECTRON_CUSTOM_DIR, electron_use_remote_checksums, electron_config_cache,
 * ELECTRON_GET_USE_PROXY and the rest of its documented variables.
 */
export async function ensureElectron(root: string): Promise<string> {
  const installed = installedElectron(root)
  if (installed) return installed
  const { dir, version } = electronPackage(root)
  // A previous run stopped part-way: start clean.
  removeHalfInstall(dir)

  console.log(`Getting Electron ${version} (once, about 100 MB) from ${electronSource(version)}`)
  const unreachable = await probe(dir, version)
  if (unreachable) throw new Failure(offlineMessage(version, unreachable))

  const unhook = onInterrupt(() => {
    removeHalfInstall(dir)
  })
  const result = await runChild(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    timeoutMs: INSTALL_TIMEOUT_MS,
    echo: true,
  })
  unhook()
  const executable = installedElectron(root)
  if (result.code !== 0 || !executable) {
    removeHalfInstall(dir)
    const reason = result.timedOut
      ? `the download did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes`
      : tail(result.output, 3).join(' ').trim() || `install.js exited with ${result.code}`
    throw new Failure(offlineMessage(version, reason))
  }
  console.log(`Electron ${version} is installed.`)
  return executable
}
