import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingBindingMessage, nativeBindingPath } from './native-binding'

describe('nativeBindingPath', () => {
  it('uses the module staged for this platform and CPU during development', () => {
    expect(
      nativeBindingPath({
        isPackaged: false,
        appPath: '/src/limber',
        resourcesPath: '/x',
        platform: 'linux',
        arch: 'arm64',
      }),
    ).toBe(join('/src/limber', 'native', 'linux-arm64', 'better_sqlite3.node'))
  })

  it('uses the copy outside app.asar when packaged', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        appPath: '/opt/Limber/resources/app.asar',
        resourcesPath: '/opt/Limber/resources',
      }),
    ).toBe(join('/opt/Limber/resources', 'native', 'better_sqlite3.node'))
  })
})

describe('missingBindingMessage', () => {
  it('is null when the file exists', () => {
    expect(missingBindingMessage('/x.node', false, () => true)).toBeNull()
  })

  it('tells a developer where it was looked for and that npm start puts it there', () => {
    const message = missingBindingMessage(
      '/p/native/linux-x64/better_sqlite3.node',
      false,
      () => false,
    )
    expect(message).toContain('/p/native/linux-x64/better_sqlite3.node')
    expect(message).toContain('npm start')
  })

  it('tells a user to reinstall, and that the journal is safe', () => {
    const message = missingBindingMessage('/r/native/better_sqlite3.node', true, () => false)
    expect(message).toMatch(/reinstall/i)
    expect(message).toMatch(/journal has not been touched/)
  })
})
