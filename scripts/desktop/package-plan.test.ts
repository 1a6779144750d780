import { describe, expect, it } from 'vitest'
import { planPackage } from './package-plan'

const host = { platform: 'linux', arch: 'x64' }

describe('planPackage', () => {
  it('packages for this machine when no target is named', () => {
    expect(planPackage([], host)).toMatchObject({ platforms: ['linux'], arches: ['x64'] })
  })

  it('takes the target architectures from --x64 and --arm64, not from this machine', () => {
    expect(planPackage(['--arm64'], host).arches).toEqual(['arm64'])
    expect(planPackage(['--x64', '--arm64', '--dir'], host)).toMatchObject({
      arches: ['x64', 'arm64'],
      builderArgs: ['--x64', '--arm64', '--dir'],
    })
  })

  it('maps electron-builder’s platform flags to Node’s names', () => {
    expect(planPackage(['--mac', '--win'], host).platforms).toEqual(['darwin', 'win32'])
  })

  it('refuses a universal macOS package with what to do instead', () => {
    expect(() => planPackage(['--mac', '--universal'], host)).toThrow(
      /--x64 and --arm64 separately/,
    )
  })
})
