import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBinaryTarget } from './binary-arch'
import { ensureSqliteModule, nodeGypEnv, stagedModule } from './sqlite-module'

const REPO = resolve(__dirname, '..', '..')
const PACKAGE = join(REPO, 'node_modules', 'better-sqlite3')

/**
 * A project folder whose node_modules holds a real copy of better-sqlite3's
 * package.json and prebuilt modules (the files packaging picks from), so a
 * test can also take one away or swap one.
 */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'limber-sqlite-'))
  const pkg = join(root, 'node_modules', 'better-sqlite3')
  mkdirSync(join(pkg, 'prebuilds'), { recursive: true })
  copyFileSync(join(PACKAGE, 'package.json'), join(pkg, 'package.json'))
  for (const name of ['linux-x64', 'linux-arm64', 'darwin-arm64', 'win32-x64']) {
    symlinkSync(join(PACKAGE, 'prebuilds', `${name}.node`), join(pkg, 'prebuilds', `${name}.node`))
  }
  return root
}

describe('ensureSqliteModule', () => {
  let root: string
  beforeEach(() => {
    root = project()
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })

  it('stages the prebuilt module for another CPU than this machine’s', async () => {
    const path = await ensureSqliteModule({ root, target: { platform: 'linux', arch: 'arm64' } })
    expect(path).toBe(join(root, 'native', 'linux-arm64', 'better_sqlite3.node'))
    expect(readBinaryTarget(path)).toMatchObject({ platform: 'linux', arch: ['arm64'] })
    const info = JSON.parse(
      readFileSync(join(root, 'native', 'linux-arm64', 'build-info.json'), 'utf8'),
    ) as object
    expect(info).toMatchObject({ source: 'prebuilt', platform: 'linux', arch: 'arm64' })
  })

  it('stages macOS and Windows modules too, each its own format', async () => {
    const mac = await ensureSqliteModule({ root, target: { platform: 'darwin', arch: 'arm64' } })
    const win = await ensureSqliteModule({ root, target: { platform: 'win32', arch: 'x64' } })
    expect(readBinaryTarget(mac)?.format).toBe('mach-o')
    expect(readBinaryTarget(win)?.format).toBe('pe')
  })

  it('refuses a prebuilt file that is built for another CPU than its name says', async () => {
    const swapped = join(root, 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-arm64.node')
    rmSync(swapped)
    copyFileSync(join(PACKAGE, 'prebuilds', 'linux-x64.node'), swapped)
    await expect(
      ensureSqliteModule({ root, target: { platform: 'linux', arch: 'arm64' } }),
    ).rejects.toThrow(/for linux-arm64 is built for linux-x64; refusing/)
    expect(existsSync(stagedModule(root, { platform: 'linux', arch: 'arm64' }))).toBe(false)
  })

  it('re-stages a staged module of the wrong CPU instead of trusting its record', async () => {
    const target = { platform: 'linux', arch: 'arm64' }
    await ensureSqliteModule({ root, target })
    copyFileSync(join(PACKAGE, 'prebuilds', 'linux-x64.node'), stagedModule(root, target))
    const path = await ensureSqliteModule({ root, target })
    expect(readBinaryTarget(path)?.arch).toEqual(['arm64'])
  })

  it('says it cannot compile for another machine where there is no prebuilt file', async () => {
    const other = process.arch === 'x64' ? 'armv7l' : 'x64'
    await expect(
      ensureSqliteModule({ root, target: { platform: 'linux', arch: other } }),
    ).rejects.toThrow(
      new RegExp(
        `no prebuilt module for linux-${other}[\\s\\S]*Package for linux-${other} on a linux-${other} machine`,
      ),
    )
  })

  it('keeps a module already staged for the same better-sqlite3', async () => {
    const target = { platform: 'linux', arch: 'x64' }
    const first = await ensureSqliteModule({ root, target })
    const before = readFileSync(join(root, 'native', 'linux-x64', 'build-info.json'), 'utf8')
    expect(await ensureSqliteModule({ root, target })).toBe(first)
    expect(readFileSync(join(root, 'native', 'linux-x64', 'build-info.json'), 'utf8')).toBe(before)
  })
})

describe('nodeGypEnv', () => {
  it('drops the npm settings that would make node-gyp build against other headers', () => {
    const env = nodeGypEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      npm_config_target: '20.0.0',
      NPM_CONFIG_DIST_URL: 'https://nodejs.org',
      npm_config_devdir: '/cache',
    })
    expect(env).toEqual({ PATH: '/bin', npm_config_devdir: '/cache' })
  })
})
