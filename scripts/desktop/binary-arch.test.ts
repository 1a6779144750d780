import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBinaryTarget, readBinaryTarget, targetMismatch } from './binary-arch'

// better-sqlite3 ships real compiled modules for eight targets: ELF, Mach-O
// and PE files for x64 and arm64, the very files packaging picks from.
const PREBUILDS = resolve(__dirname, '..', '..', 'node_modules', 'better-sqlite3', 'prebuilds')

describe('readBinaryTarget on better-sqlite3’s own prebuilt modules', () => {
  const files = readdirSync(PREBUILDS).filter((name) => name.endsWith('.node'))

  it('has the files to test against', () => {
    expect(files.length).toBeGreaterThanOrEqual(6)
  })

  it.each(files)('reads %s as the platform and CPU its name says', (name) => {
    const [system, arch] = name.replace('.node', '').split('-') as [string, string]
    const platform = system === 'linuxmusl' ? 'linux' : system
    expect(readBinaryTarget(join(PREBUILDS, name))).toMatchObject({ platform, arch: [arch] })
  })

  it('refuses an arm64 module for an x64 package, and names what it is', () => {
    const file = join(PREBUILDS, 'linux-arm64.node')
    expect(targetMismatch(file, { platform: 'linux', arch: 'arm64' })).toBeNull()
    expect(targetMismatch(file, { platform: 'linux', arch: 'x64' })).toBe('built for linux-arm64')
    expect(
      targetMismatch(join(PREBUILDS, 'win32-x64.node'), { platform: 'linux', arch: 'x64' }),
    ).toBe('built for win32-x64')
  })

  it('does not take a text file for a module', () => {
    expect(
      targetMismatch(join(PREBUILDS, '..', 'package.json'), { platform: 'linux', arch: 'x64' }),
    ).toMatch(/not a compiled module/)
  })

  it('reads every slice of a universal Mach-O file', () => {
    const fat = Buffer.alloc(64)
    fat.writeUInt32BE(0xcafebabe, 0)
    fat.writeUInt32BE(2, 4)
    fat.writeUInt32BE(0x01000007, 8)
    fat.writeUInt32BE(0x0100000c, 28)
    expect(parseBinaryTarget(fat)).toEqual({
      format: 'mach-o',
      platform: 'darwin',
      arch: ['x64', 'arm64'],
    })
  })
})
