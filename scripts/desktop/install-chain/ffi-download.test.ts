// Packaging for Windows or macOS from another machine downloads koffi's
// module for that target from the npm registry (which this machine reaches)
// and checks it against package-lock.json. Run by `npm run test:install`.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBinaryTarget } from '../binary-arch'
import { ensureFfiModule } from '../ffi-module'

const REPO = resolve(__dirname, '..', '..', '..')
const root = mkdtempSync(join(tmpdir(), 'limber-ffi-real-'))
mkdirSync(join(root, 'node_modules'), { recursive: true })
cpSync(join(REPO, 'package-lock.json'), join(root, 'package-lock.json'))
cpSync(join(REPO, 'node_modules', 'koffi'), join(root, 'node_modules', 'koffi'), {
  recursive: true,
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('koffi for another system, from the registry', { timeout: 60_000 }, () => {
  for (const [platform, arch, format] of [
    ['win32', 'x64', 'pe'],
    ['win32', 'arm64', 'pe'],
    ['darwin', 'arm64', 'mach-o'],
    ['darwin', 'x64', 'mach-o'],
  ] as const) {
    it(`${platform}-${arch}: downloaded, matched to the lockfile and staged`, async () => {
      const staged = await ensureFfiModule({ root, target: { platform, arch } })
      expect(staged).toBe(
        join(root, 'native', `${platform}-${arch}`, 'koffi', `${platform}_${arch}`, 'koffi.node'),
      )
      expect(readBinaryTarget(staged as string)).toMatchObject({ format, platform })
      expect(readBinaryTarget(staged as string)?.arch).toContain(arch)
    })
  }
})
