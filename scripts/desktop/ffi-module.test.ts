import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { c as pack } from 'tar'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBinaryTarget } from './binary-arch'
import { ensureFfiForStart, ensureFfiModule, stagedFfiModule } from './ffi-module'

const REPO = resolve(__dirname, '..', '..')
const KOFFI = join(REPO, 'node_modules', 'koffi', 'package.json')
const VERSION = (JSON.parse(await readFile(KOFFI, 'utf8')) as { version: string }).version
// Real compiled modules for other systems, to stand in for koffi's.
const PREBUILDS = join(REPO, 'node_modules', 'better-sqlite3', 'prebuilds')

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'limber-ffi-'))
  mkdirSync(join(root, 'node_modules', 'koffi'), { recursive: true })
  copyFileSync(KOFFI, join(root, 'node_modules', 'koffi', 'package.json'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

/** A registry-style tarball holding `binary` as package/<triplet>/koffi.node. */
async function tarball(triplet: string, binary: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'limber-ffi-pkg-'))
  mkdirSync(join(dir, 'package', triplet), { recursive: true })
  copyFileSync(binary, join(dir, 'package', triplet, 'koffi.node'))
  writeFileSync(join(dir, 'package', 'package.json'), '{}')
  const file = join(dir, 'out.tgz')
  await pack({ gzip: true, file, cwd: dir }, ['package'])
  const bytes = await readFile(file)
  rmSync(dir, { recursive: true, force: true })
  return bytes
}

function lock(name: string, bytes: Buffer, version = VERSION): void {
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`
  writeFileSync(
    join(root, 'package-lock.json'),
    JSON.stringify({ packages: { [`node_modules/${name}`]: { version, integrity } } }),
  )
}

const win = { platform: 'win32', arch: 'x64' }

describe('ensureFfiModule', () => {
  it('Linux needs none: nothing is downloaded or staged', async () => {
    const got = await ensureFfiModule({
      root,
      target: { platform: 'linux', arch: 'x64' },
      download: () => Promise.reject(new Error('must not download')),
    })
    expect(got).toBeNull()
    expect(existsSync(join(root, 'native'))).toBe(false)
  })

  it('another system’s module comes from the registry, checked, and is staged where koffi looks', async () => {
    const bytes = await tarball('win32_x64', join(PREBUILDS, 'win32-x64.node'))
    lock('@koromix/koffi-win32-x64', bytes)
    const urls: string[] = []
    const download = (url: string) => {
      urls.push(url)
      return Promise.resolve(bytes)
    }
    const env = { npm_config_registry: 'http://127.0.0.1:9/' }
    const staged = await ensureFfiModule({ root, target: win, env, download })
    expect(staged).toBe(join(root, 'native', 'win32-x64', 'koffi', 'win32_x64', 'koffi.node'))
    expect(readBinaryTarget(staged as string)).toMatchObject({ platform: 'win32', arch: ['x64'] })
    expect(urls).toEqual([
      `http://127.0.0.1:9/@koromix/koffi-win32-x64/-/koffi-win32-x64-${VERSION}.tgz`,
    ])
    // Already there: no second download.
    expect(await ensureFfiModule({ root, target: win, env, download })).toBe(staged)
    expect(urls).toHaveLength(1)
  })

  it('a download that does not match the lockfile is refused and nothing is staged', async () => {
    const bytes = await tarball('win32_x64', join(PREBUILDS, 'win32-x64.node'))
    lock('@koromix/koffi-win32-x64', bytes)
    const tampered = Buffer.concat([bytes, Buffer.from([0])])
    await expect(
      ensureFfiModule({ root, target: win, download: () => Promise.resolve(tampered) }),
    ).rejects.toThrow(/does not match package-lock.json .*refusing to use it/)
    expect(existsSync(stagedFfiModule(root, win))).toBe(false)
  })

  it('a module built for another system is refused', async () => {
    const bytes = await tarball('win32_x64', join(PREBUILDS, 'linux-x64.node'))
    lock('@koromix/koffi-win32-x64', bytes)
    await expect(
      ensureFfiModule({ root, target: win, download: () => Promise.resolve(bytes) }),
    ).rejects.toThrow(/is built for linux-x64; refusing/)
    expect(existsSync(stagedFfiModule(root, win))).toBe(false)
  })

  it('an unreachable registry says what to do', async () => {
    lock('@koromix/koffi-win32-x64', Buffer.from('x'))
    await expect(
      ensureFfiModule({
        root,
        target: win,
        download: () => Promise.reject(new Error('ECONNREFUSED')),
      }),
    ).rejects.toThrow(
      /Could not download @koromix\/koffi-win32-x64 .*ECONNREFUSED[\s\S]*npm registry/,
    )
  })

  it('a target the lockfile has no module for is refused by name', async () => {
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{}}')
    await expect(
      ensureFfiModule({ root, target: { platform: 'darwin', arch: 'ia32' } }),
    ).rejects.toThrow(`koffi ${VERSION} has no prebuilt module for darwin-ia32`)
  })

  it('the installed package for this machine’s kind of target is used without a download', async () => {
    const mac = { platform: 'darwin', arch: 'arm64' }
    const dir = join(root, 'node_modules', '@koromix', 'koffi-darwin-arm64', 'darwin_arm64')
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(PREBUILDS, 'darwin-arm64.node'), join(dir, 'koffi.node'))
    const staged = await ensureFfiModule({
      root,
      target: mac,
      download: () => Promise.reject(new Error('must not download')),
    })
    expect(readBinaryTarget(staged as string)).toMatchObject({ platform: 'darwin' })
  })
})

describe('ensureFfiForStart', () => {
  it('puts the module in the local Electron’s resources, where koffi looks (Windows and macOS)', async () => {
    for (const [target, resources] of [
      [win, ['resources']],
      [{ platform: 'darwin', arch: 'arm64' }, ['Electron.app', 'Contents', 'Resources']],
    ] as const) {
      const triplet = `${target.platform}_${target.arch}`
      const dir = join(root, 'node_modules', '@koromix', `koffi-${target.platform}-${target.arch}`)
      mkdirSync(join(dir, triplet), { recursive: true })
      copyFileSync(
        join(PREBUILDS, `${target.platform}-${target.arch}.node`),
        join(dir, triplet, 'koffi.node'),
      )
      const to = await ensureFfiForStart({ root, target })
      expect(to).toBe(
        join(
          root,
          'node_modules',
          'electron',
          'dist',
          ...resources,
          'koffi',
          triplet,
          'koffi.node',
        ),
      )
      expect(readBinaryTarget(to as string)?.platform).toBe(target.platform)
    }
  })

  it('does nothing on Linux', async () => {
    expect(await ensureFfiForStart({ root, target: { platform: 'linux', arch: 'x64' } })).toBeNull()
    expect(existsSync(join(root, 'node_modules', 'electron'))).toBe(false)
  })
})
