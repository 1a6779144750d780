import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { x as extract } from 'tar'
import { targetMismatch } from './binary-arch'
import { Failure } from './failure'
import { stagedDir, type Target } from './sqlite-module'

/**
 * The FFI module (koffi) the busy detectors use on Windows and macOS, where
 * presenting, the camera and the microphone have no JavaScript API. Koffi
 * ships one prebuilt Node-API file per system in @koromix/koffi-<platform>-
 * <arch>; npm installs only this machine's, so another target's comes from
 * the registry, checked against the integrity package-lock.json records.
 *
 * It is staged in native/<platform>-<arch>/koffi/<platform>_<arch>/koffi.node;
 * electron-builder copies that koffi/ folder to the package's resources,
 * where koffi looks inside a packaged Electron app.
 */

export function needsFfi(target: Target): boolean {
  return target.platform === 'win32' || target.platform === 'darwin'
}

/** Koffi's own folder name for a target (process.platform_process.arch). */
export function ffiTriplet(target: Target): string {
  return `${target.platform}_${target.arch}`
}

export function stagedFfiModule(root: string, target: Target): string {
  return join(stagedDir(root, target), 'koffi', ffiTriplet(target), 'koffi.node')
}

const DEFAULT_REGISTRY = 'https://registry.npmjs.org'

export interface FfiOptions {
  root: string
  target: Target
  env?: NodeJS.ProcessEnv
  /** How a tarball is downloaded (a loopback stand-in in tests). */
  download?: (url: string) => Promise<Buffer>
}

async function httpDownload(url: string): Promise<Buffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${String(response.status)}`)
  return Buffer.from(await response.arrayBuffer())
}

interface LockEntry {
  version?: string
  integrity?: string
}

function lockEntry(root: string, name: string): LockEntry | undefined {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, LockEntry>
  }
  return lock.packages?.[`node_modules/${name}`]
}

function installedVersion(root: string): string {
  const file = join(root, 'node_modules', 'koffi', 'package.json')
  if (!existsSync(file)) throw new Failure('koffi is not installed. Run `npm ci` first.')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

/** The tarball's sha512 against the lockfile's "sha512-<base64>". */
function checkIntegrity(tarball: Buffer, integrity: string, name: string): void {
  const expected = integrity.split(/\s+/).find((i) => i.startsWith('sha512-'))
  const actual = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
  if (!expected || expected !== actual) {
    throw new Failure(
      `${name}'s download does not match package-lock.json (${actual.slice(0, 20)}…, expected ${(expected ?? integrity).slice(0, 20)}…); refusing to use it.`,
    )
  }
}

/** Takes package/<triplet>/koffi.node out of the tarball into `dir`. */
async function unpack(tarball: Buffer, triplet: string, dir: string): Promise<string> {
  const file = join(dir, 'package.tgz')
  writeFileSync(file, tarball)
  const wanted = `package/${triplet}/koffi.node`
  await extract({ file, cwd: dir, filter: (path) => path === wanted })
  return join(dir, wanted)
}

/**
 * Makes sure the target's koffi.node is staged, and returns its path; null
 * for Linux, whose detectors need no FFI. Quick when it is already there.
 */
export async function ensureFfiModule(options: FfiOptions): Promise<string | null> {
  const { root, target } = options
  if (!needsFfi(target)) return null
  const env = options.env ?? process.env
  const version = installedVersion(root)
  const staged = stagedFfiModule(root, target)
  const infoFile = join(stagedDir(root, target), 'koffi', 'build-info.json')
  const info = existsSync(infoFile)
    ? (JSON.parse(readFileSync(infoFile, 'utf8')) as { koffi?: string })
    : null
  if (existsSync(staged) && info?.koffi === version && targetMismatch(staged, target) === null)
    return staged

  const name = `@koromix/koffi-${target.platform}-${target.arch}`
  const triplet = ffiTriplet(target)
  const scratch = mkdtempSync(join(tmpdir(), 'limber-koffi-'))
  try {
    let from = join(root, 'node_modules', name, triplet, 'koffi.node')
    let source = 'installed'
    if (!existsSync(from)) {
      const entry = lockEntry(root, name)
      if (!entry?.integrity || entry.version !== version) {
        throw new Failure(
          `koffi ${version} has no prebuilt module for ${target.platform}-${target.arch} in package-lock.json.`,
        )
      }
      const registry = (env['npm_config_registry'] ?? DEFAULT_REGISTRY).replace(/\/+$/, '')
      const url = `${registry}/${name}/-/${name.split('/')[1] ?? name}-${version}.tgz`
      let tarball: Buffer
      try {
        tarball = await (options.download ?? httpDownload)(url)
      } catch (error) {
        throw new Failure([
          `Could not download ${name} ${version} (${error instanceof Error ? error.message : String(error)}).`,
          'Connect to the npm registry (or set npm_config_registry to a mirror) and package again.',
        ])
      }
      checkIntegrity(tarball, entry.integrity, name)
      from = await unpack(tarball, triplet, scratch)
      if (!existsSync(from)) throw new Failure(`${name} ${version} holds no ${triplet}/koffi.node.`)
      source = url
    }
    const mismatch = targetMismatch(from, target)
    if (mismatch) {
      throw new Failure(
        `koffi's module for ${target.platform}-${target.arch} is ${mismatch}; refusing to use it.`,
      )
    }
    mkdirSync(join(staged, '..'), { recursive: true })
    copyFileSync(from, `${staged}.tmp`)
    renameSync(`${staged}.tmp`, staged)
    writeFileSync(infoFile, `${JSON.stringify({ koffi: version, ...target, source }, null, 2)}\n`)
    console.log(`FFI module: koffi ${version} for ${target.platform}-${target.arch}.`)
    return staged
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The resources folder of the Electron that `npm start` runs (node_modules/electron/dist). */
export function electronDistResources(root: string, target: Target): string {
  const dist = join(root, 'node_modules', 'electron', 'dist')
  return target.platform === 'darwin'
    ? join(dist, 'Electron.app', 'Contents', 'Resources')
    : join(dist, 'resources')
}

/**
 * For `npm start` on Windows and macOS: the staged module into the local
 * Electron's resources, which is where koffi looks in any Electron app, so
 * the development app asks the system just as the packaged one does.
 */
export async function ensureFfiForStart(options: FfiOptions): Promise<string | null> {
  const staged = await ensureFfiModule(options)
  if (!staged) return null
  const to = join(
    electronDistResources(options.root, options.target),
    'koffi',
    ffiTriplet(options.target),
    'koffi.node',
  )
  mkdirSync(join(to, '..'), { recursive: true })
  copyFileSync(staged, `${to}.tmp`)
  renameSync(`${to}.tmp`, to)
  return to
}
