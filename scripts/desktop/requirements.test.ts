// README's Requirements, held to what the project actually declares.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '..', '..')
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string }
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
}

describe('the Node the project asks for', () => {
  const minimum = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node)

  it('is one minimum, the one README states', () => {
    expect(minimum, pkg.engines.node).not.toBeNull()
    const [, major, minor] = minimum as RegExpExecArray
    expect(read('README.md')).toContain(`Node.js ${major}.${minor} or newer`)
  })

  it('is on the LTS line .nvmrc and scripts/node/use-node.sh install', () => {
    const [, major] = minimum as RegExpExecArray
    expect(read('.nvmrc').trim()).toBe(major)
    expect(read('scripts/node/use-node.sh')).toContain(`"$limber_node_pkg@${major}"`)
  })

  it('is the Node running these tests', () => {
    const [, major = '0', minor = '0'] = minimum as RegExpExecArray
    const [runMajor = 0, runMinor = 0] = process.versions.node.split('.').map(Number)
    expect(
      runMajor > Number(major) || (runMajor === Number(major) && runMinor >= Number(minor)),
    ).toBe(true)
  })
})

describe('the SQLite module', () => {
  it('is prebuilt for Linux, macOS and Windows on x64 and arm64, as README says', () => {
    const prebuilds = join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds')
    for (const platform of ['linux', 'darwin', 'win32']) {
      for (const arch of ['x64', 'arm64']) {
        expect(existsSync(join(prebuilds, `${platform}-${arch}.node`)), `${platform}-${arch}`).toBe(
          true,
        )
      }
    }
  })

  it('needs no install step (npm ci compiles nothing)', () => {
    const sqlite = JSON.parse(read('node_modules/better-sqlite3/package.json')) as {
      scripts?: Record<string, string>
      gypfile?: boolean
    }
    expect(sqlite.scripts?.['install']).toBeUndefined()
    expect(sqlite.gypfile).toBe(false)
    expect(
      (JSON.parse(read('package.json')) as { allowScripts: Record<string, boolean> }).allowScripts[
        'better-sqlite3'
      ],
    ).toBe(false)
  })
})

describe('Ubuntu', () => {
  it('the .deb electron-builder makes installs an AppArmor profile for the app', () => {
    const afterInstall = read('node_modules/app-builder-lib/templates/linux/after-install.tpl')
    expect(afterInstall).toMatch(/apparmor/i)
    expect(afterInstall).toMatch(/apparmor_parser --replace|apparmor_parser -r/)
  })
})
